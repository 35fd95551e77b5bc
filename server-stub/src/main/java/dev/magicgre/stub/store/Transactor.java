package dev.magicgre.stub.store;

import dev.magicgre.stub.store.TunnelStore.Write;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the store's units of work on pooled connections: reads on their own, writes as one transaction each,
 * committed or (for a dry run, or a refused write) rolled back. A write that lost a race the database settled
 * (a unique violation, a deadlock, a lock timeout) is run again whole: its checks then see the winner.
 */
final class Transactor {

  private static final Logger LOG = LoggerFactory.getLogger(Transactor.class);
  /** Each retry follows a commit of a competing write, so few are ever needed; this only bounds a pathology. */
  static final int MAX_ATTEMPTS = 50;

  private final DataSource dataSource;
  private final Runnable afterCommit;

  /** @param afterCommit run after each commit, before the write returns (the file store's group flush) */
  Transactor(DataSource dataSource, Runnable afterCommit) {
    this.dataSource = dataSource;
    this.afterCommit = afterCommit;
  }

  /** One unit of work against the database. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  <T> T read(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("the store could not be read: " + SqlStates.firstLine(e), e);
    }
  }

  /**
   * A read in a read-only transaction: what a cursor needs (PostgreSQL reads by fetch size only outside
   * autocommit). Rolled back at the end, whatever happened; the connection goes back to the pool as it came.
   */
  <T> T readOnly(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try {
        return work.run(connection);
      } finally {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the store could not be read: " + SqlStates.firstLine(e), e);
    }
  }

  <T> T write(Write write, Work<T> work) {
    T result = attempt(write, work);
    if (write == Write.COMMIT) {
      afterCommit.run();
    }
    return result;
  }

  private <T> T attempt(Write write, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          if (write == Write.COMMIT) {
            connection.commit();
          } else {
            connection.rollback();
          }
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (!SqlStates.isRetryable(e) || attempt >= MAX_ATTEMPTS) {
          throw new IllegalStateException("the store could not be written: " + SqlStates.firstLine(e), e);
        }
        LOG.debug("write attempt {} lost a race ({}); trying again", attempt, e.getSQLState());
      }
    }
  }
}
