package dev.magicgre.stub.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the embedded engine: H2 writes its file in chunks, and a chunk per commit
 * ({@code WRITE_DELAY=0}) costs more than the commit itself. Instead each committed write waits here until one
 * {@code CHECKPOINT} that started after its commit has written the file (into the OS: it survives
 * {@code kill -9}); one flusher thread runs the checkpoints back to back, each covering every commit made
 * while the previous one ran. The write is answered only then, so a 200 is never ahead of the file.
 */
final class GroupFlush implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GroupFlush.class);

  private final DataSource dataSource;
  private final Thread flusher;
  /** Tickets handed to committed writes, and the highest ticket a finished checkpoint covers. */
  private long requested;
  private long flushed;
  /** Tickets above {@code failedAfter} and up to {@code failedUpTo} were covered by a checkpoint that failed. */
  private long failedAfter;
  private long failedUpTo;
  private boolean closed;

  GroupFlush(DataSource dataSource) {
    this.dataSource = dataSource;
    this.flusher = new Thread(this::flushLoop, "stub-store-flush");
    flusher.setDaemon(true);
    flusher.start();
  }

  /** Returns once everything this thread committed before the call is in the file. */
  void awaitFlushed() {
    synchronized (this) {
      long ticket = ++requested;
      notifyAll();
      boolean interrupted = false;
      while (flushed < ticket && !closed) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (ticket > failedAfter && ticket <= failedUpTo || flushed < ticket) {
        throw new IllegalStateException("the store's file could not be written");
      }
    }
  }

  private void flushLoop() {
    while (true) {
      long upTo;
      synchronized (this) {
        while (requested == flushed && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        upTo = requested;
      }
      boolean written = checkpoint();
      synchronized (this) {
        if (!written) {
          failedAfter = flushed;
          failedUpTo = upTo;
        }
        flushed = upTo;
        notifyAll();
      }
    }
  }

  private boolean checkpoint() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT");
      return true;
    } catch (SQLException e) {
      LOG.error("the store's file could not be written: {}", SqlStates.firstLine(e));
      return false;
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
  }
}
