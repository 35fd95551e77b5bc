package dev.magicgre.stub.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A database the store can use: reached once by hand first (so that a wrong address, a refused password or a
 * file that cannot be written is one clear {@link StoreUnavailableException}, not a pool's stack trace), its
 * schema migrated by Flyway ({@code db/migration}), then a connection pool.
 */
final class Database implements AutoCloseable {

  /**
   * Connections of the pool, and so the stub's workers on a database store: enough requests in flight for
   * PostgreSQL to commit many with one WAL flush (docs/stores.md has the figures).
   */
  static final int DEFAULT_POOL_SIZE = 32;

  private final HikariDataSource pool;
  private final String description;
  /** The embedded engine's group commit; null for a server that makes commits durable itself. */
  private final GroupFlush groupFlush;

  private Database(HikariDataSource pool, String description, boolean groupFlush) {
    this.pool = pool;
    this.description = description;
    this.groupFlush = groupFlush ? new GroupFlush(pool) : null;
  }

  /**
   * @param what how errors and the log name the store ({@code file /x/y.mv.db}, {@code postgresql //host/db})
   */
  static Database open(String what, String url, String user, String password, boolean groupFlush) {
    Properties credentials = new Properties();
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    String engine;
    // held open until the pool is up: for the embedded engine, the database stays open in between
    try (Connection probe = DriverManager.getConnection(url, credentials)) {
      engine = probe.getMetaData().getDatabaseProductName() + " " + probe.getMetaData().getDatabaseProductVersion();
      migrate(what, url, user, password);
      HikariConfig config = new HikariConfig();
      config.setPoolName("stub-store");
      config.setJdbcUrl(url);
      config.setDataSourceProperties(credentials);
      config.setMaximumPoolSize(Integer.getInteger("magicgre.stub.db.pool", DEFAULT_POOL_SIZE));
      config.setAutoCommit(true);
      return new Database(new HikariDataSource(config), what + " (" + engine + (user == null ? "" : ", user " + user) + ")",
          groupFlush);
    } catch (SQLException e) {
      throw new StoreUnavailableException("cannot open the store " + what + ": " + SqlStates.firstLine(e));
    } catch (RuntimeException e) { // the pool's own failure to start, whatever its type
      throw new StoreUnavailableException("cannot open the store " + what + ": " + SqlStates.firstLine(e));
    }
  }

  private static void migrate(String what, String url, String user, String password) {
    try {
      Flyway.configure()
          .dataSource(url, user, password)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreUnavailableException("cannot migrate the schema of the store " + what + ": "
          + SqlStates.firstLine(e));
    }
  }

  int poolSize() {
    return pool.getMaximumPoolSize();
  }

  DataSource dataSource() {
    return pool;
  }

  String description() {
    return description;
  }

  /** Returns once the commits made so far are where a crash of this process cannot take them. */
  void awaitDurable() {
    if (groupFlush != null) {
      groupFlush.awaitFlushed();
    }
  }

  @Override
  public void close() {
    if (groupFlush != null) {
      groupFlush.close();
    }
    pool.close();
  }
}
