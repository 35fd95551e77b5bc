package dev.magicgre.stub.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.UnaryOperator;
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
   * @param what how errors and the log name the store ({@code file /x/y.mv.db}, {@code postgresql //host/db});
   *     holds no credential
   * @param url the JDBC URL, without any credential: it is given to the pool and the migration, which may log it
   * @param connection the driver's properties, which carry the credentials
   * @param scrub takes the credentials out of a driver's message before it goes into an error
   */
  static Database open(String what, String url, Properties connection, UnaryOperator<String> scrub,
      boolean groupFlush) {
    String engine;
    // held open until the pool is up: for the embedded engine, the database stays open in between
    try (Connection probe = DriverManager.getConnection(url, connection)) {
      engine = probe.getMetaData().getDatabaseProductName() + " " + probe.getMetaData().getDatabaseProductVersion();
      HikariConfig config = new HikariConfig();
      config.setPoolName("stub-store");
      // a data source of our own rather than jdbcUrl + dataSourceProperties: the pool logs its settings, and
      // masks only a property called "password"
      config.setDataSource(new DriverDataSource(url, null, connection, null, null));
      config.setMaximumPoolSize(Integer.getInteger("magicgre.stub.db.pool", DEFAULT_POOL_SIZE));
      config.setAutoCommit(true);
      HikariDataSource pool = new HikariDataSource(config);
      try {
        migrate(what, pool, scrub);
      } catch (RuntimeException e) {
        pool.close();
        throw e;
      }
      String user = connection.getProperty("user");
      return new Database(pool, what + " (" + engine + (user == null ? "" : ", user " + user) + ")", groupFlush);
    } catch (StoreUnavailableException e) {
      throw e;
    } catch (SQLException | RuntimeException e) { // the pool's own failure to start, whatever its type
      throw new StoreUnavailableException("cannot open the store " + what + ": " + scrub.apply(SqlStates.firstLine(e)));
    }
  }

  private static void migrate(String what, DataSource dataSource, UnaryOperator<String> scrub) {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreUnavailableException("cannot migrate the schema of the store " + what + ": "
          + scrub.apply(SqlStates.firstLine(e)));
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
