package dev.magicgre.stub.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

  private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)(password|sslpassword)=[^&;]*");

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
    return new JdbcTunnelStore(Database.open(what, "jdbc:h2:file:" + path + H2_SETTINGS, H2_USER, "", true));
  }

  private static TunnelStore openPostgres(String url, StoreOptions options) {
    String password = options.password();
    String user = options.user();
    // a password written into the URL is taken out of it, so that neither the log nor an error can show it
    List<String> kept = new ArrayList<>();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    if (query >= 0) {
      for (String parameter : url.substring(query + 1).split("&")) {
        if (parameter.regionMatches(true, 0, "password=", 0, 9)) {
          password = password == null ? parameter.substring(9) : password;
        } else if (parameter.regionMatches(true, 0, "user=", 0, 5)) {
          user = user == null ? parameter.substring(5) : user;
        } else if (!parameter.isEmpty()) {
          kept.add(parameter);
        }
      }
    }
    String cleanUrl = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
    String what = "postgresql " + cleanUrl.substring(StoreOptions.POSTGRESQL_PREFIX.length());
    return new JdbcTunnelStore(Database.open(what, withTimeouts(cleanUrl), user, password, false));
  }

  /** A database that does not answer is an error at start within seconds, not after the driver's minutes. */
  private static String withTimeouts(String url) {
    String separator = url.indexOf('?') < 0 ? "?" : "&";
    return url.contains("connectTimeout=") ? url : url + separator + "connectTimeout=5";
  }

  static String redacted(String location) {
    return SECRET_PARAMETER.matcher(location).replaceAll("$1=***");
  }
}
