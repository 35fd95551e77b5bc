package dev.magicgre.stub.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the embedded engine: H2 writes its file in chunks, and a chunk per commit
 * ({@code WRITE_DELAY=0}) costs more than the commit itself. Instead each committed write joins the batch that
 * the next {@code CHECKPOINT} will cover and waits for that checkpoint's own result; one flusher thread runs
 * the checkpoints back to back, each covering the writes that joined while the previous one ran. A checkpoint
 * starts only after every write of its batch committed, so its file (in the OS: it survives {@code kill -9})
 * holds them. The write is answered only then, so a 200 is never ahead of the file, and a write whose
 * checkpoint failed fails, whatever the checkpoints before or after it did.
 */
final class GroupFlush implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GroupFlush.class);

  private final BooleanSupplier checkpoint;
  private final Thread flusher;
  /** The batch that writes join now; the flusher takes it when it starts a checkpoint. */
  private Batch pending = new Batch();
  private boolean closed;

  GroupFlush(DataSource dataSource) {
    this(() -> checkpoint(dataSource));
  }

  /** @param checkpoint writes the file, answering whether it succeeded */
  GroupFlush(BooleanSupplier checkpoint) {
    this.checkpoint = checkpoint;
    this.flusher = new Thread(this::flushLoop, "stub-store-flush");
    flusher.setDaemon(true);
    flusher.start();
  }

  /** Returns once everything this thread committed before the call is in the file; throws if it could not be. */
  void awaitFlushed() {
    Batch mine;
    synchronized (this) {
      mine = pending;
      mine.waiters++;
      notifyAll();
    }
    if (!mine.written.join()) {
      throw new IllegalStateException("the store's file could not be written");
    }
  }

  /** How many writes wait for the checkpoint that has not started yet; for tests that order a race. */
  synchronized int pendingWaiters() {
    return pending.waiters;
  }

  private void flushLoop() {
    while (true) {
      Batch batch;
      synchronized (this) {
        while (pending.waiters == 0 && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            pending.written.complete(false);
            return;
          }
        }
        if (closed) {
          pending.written.complete(false);
          return;
        }
        batch = pending;
        pending = new Batch();
      }
      boolean written;
      try {
        written = checkpoint.getAsBoolean();
      } catch (RuntimeException e) { // a waiter must never be left waiting
        LOG.error("the store's file could not be written: {}", SqlStates.firstLine(e));
        written = false;
      }
      batch.written.complete(written);
    }
  }

  private static boolean checkpoint(DataSource dataSource) {
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

  /** The writes one checkpoint covers, and its outcome. */
  private static final class Batch {
    int waiters;
    final CompletableFuture<Boolean> written = new CompletableFuture<>();
  }
}
