package dev.magicgre.stub.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, one per test JVM, started on first use: the machine's own server
 * binaries ({@code /usr/lib/postgresql/N/bin}, Debian's {@code postgresql} package, which {@code .ci/run}
 * installs when missing), a new cluster in a temporary folder, on a free loopback port, with password
 * authentication. initdb refuses to run as root, so as root the server runs as the {@code postgres} user the
 * package creates. It is stopped, and its folder removed, when the JVM ends. {@code fsync=off}: the tests are
 * about concurrency, not the disk, and a lost throwaway cluster costs nothing.
 */
public final class ThrowawayPostgres {

  public static final String USER = "stub";
  public static final String PASSWORD = "throwaway-" + Long.toHexString(System.nanoTime());

  private static ThrowawayPostgres shared;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Path folder;
  private final Path bin;
  private final int port;
  private final boolean asPostgresUser;

  private ThrowawayPostgres(Path folder, Path bin, int port, boolean asPostgresUser) {
    this.folder = folder;
    this.bin = bin;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The JVM's server, started on first call. */
  public static synchronized ThrowawayPostgres shared() {
    if (shared == null) {
      shared = start();
      ThrowawayPostgres server = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "throwaway-postgres-stop"));
    }
    return shared;
  }

  /** A new empty database on the server: its JDBC URL (credentials {@link #USER} / {@link #PASSWORD}). */
  public String newDatabase() {
    String name = "stub_test_" + DATABASES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return url(name);
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  private static ThrowawayPostgres start() {
    Path bin = serverBinaries();
    boolean asPostgresUser = "root".equals(System.getProperty("user.name"));
    try {
      Path folder = Files.createTempDirectory("throwaway-postgres-");
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path passwordFile = folder.resolve("password");
      Files.writeString(passwordFile, PASSWORD + "\n");
      if (asPostgresUser) {
        run(List.of("chown", "-R", "postgres", folder.toString()));
      }
      int port = freePort();
      ThrowawayPostgres server = new ThrowawayPostgres(folder, bin, port, asPostgresUser);
      server.runAsServerUser(List.of(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(),
          "-U", USER, "--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-sync"));
      server.runAsServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
          "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "start", "-o",
          "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start a throwaway PostgreSQL", e);
    }
  }

  private void stop() {
    try {
      runAsServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m",
          "immediate", "-w", "stop"));
    } catch (RuntimeException ignored) {
      // the JVM is ending; a server already gone is fine
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }

  private void runAsServerUser(List<String> command) {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    run(full);
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The newest {@code /usr/lib/postgresql/N/bin} with a server in it. */
  private static Path serverBinaries() {
    Path root = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
          .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
          .orElseThrow(ThrowawayPostgres::notInstalled);
    } catch (IOException e) {
      throw notInstalled();
    }
  }

  private static IllegalStateException notInstalled() {
    return new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql/*/bin: install Debian's"
        + " postgresql package (apt-get install -y postgresql), as .ci/run does");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
