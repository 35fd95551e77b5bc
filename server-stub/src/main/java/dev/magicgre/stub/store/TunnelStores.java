package dev.magicgre.stub.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Opens the store that {@link StoreOptions} names. */
public final class TunnelStores {

  /**
   * The file store's engine settings. H2's own writer is slowed to once in 10 s: a write is made durable by
   * {@link GroupFlush} (a {@code CHECKPOINT} after its commit and before its answer, shared by all the writes
   * committed meanwhile), so a 200 survives {@code kill -9}. A lock wait of 10 s (H2's default is 1 s) so
   * that a burst of writes to one row queues rather than fails.
   */
  static final String H2_SETTINGS = ";WRITE_DELAY=10000;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";
  /** The user the file store's database is created with; who may open it is the file's permissions. */
  static final String H2_USER = "stub";

  private TunnelStores() {
  }

  /**
   * @throws StoreUnavailableException with a one-line reason when the store cannot be used
   */
  public static TunnelStore open(StoreOptions options) {
    String location = options.location();
    if (StoreOptions.MEMORY.equals(location)) {
      return new InMemoryTunnelStore();
    }
    if (location.startsWith(StoreOptions.FILE_PREFIX)) {
      return openFile(location.substring(StoreOptions.FILE_PREFIX.length()));
    }
    if (location.startsWith(StoreOptions.POSTGRESQL_PREFIX)) {
      return openPostgres(location, options);
    }
    throw new StoreUnavailableException("--store must be memory, file:PATH or jdbc:postgresql://host:port/database,"
        + " not " + redacted(location));
  }

  private static TunnelStore openFile(String pathText) {
    if (pathText.isBlank()) {
      throw new StoreUnavailableException("--store file: needs a path, as in file:/var/lib/magic-gre/tunnels");
    }
    Path path = Path.of(pathText).toAbsolutePath().normalize();
    Path parent = path.getParent();
    if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
      throw new StoreUnavailableException("cannot open the store file " + path + ".mv.db: " + parent
          + " is not a folder");
    }
    String what = "file " + path + ".mv.db";
    Properties credentials = new Properties();
    credentials.setProperty("user", H2_USER);
    credentials.setProperty("password", "");
    return new JdbcTunnelStore(Database.open(what, "jdbc:h2:file:" + path + H2_SETTINGS, credentials,
        SecretRedaction::redacted, true));
  }

  private static TunnelStore openPostgres(String url, StoreOptions options) {
    PostgresLocation location = PostgresLocation.parse(url, options.user(), options.password());
    return new JdbcTunnelStore(Database.open(location.display(), location.url(), location.connection(),
        location::scrub, false));
  }

  static String redacted(String location) {
    return SecretRedaction.redacted(location);
  }
}
