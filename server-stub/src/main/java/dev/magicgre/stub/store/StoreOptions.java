package dev.magicgre.stub.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which store the stub keeps its tunnels in, from the command line: {@code --store memory} (the default),
 * {@code --store file:PATH} or {@code --store jdbc:postgresql://host:port/db}, with {@code --db-user} and
 * {@code --db-password} (or PostgreSQL's own {@code PGUSER} / {@code PGPASSWORD}) for the database.
 *
 * @param location what {@code --store} said
 * @param user database user, or null (the driver's default)
 * @param password database password, or null; never logged, never in {@link #toString()}
 */
public record StoreOptions(String location, String user, String password) {

  public static final String MEMORY = "memory";
  static final String FILE_PREFIX = "file:";
  static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

  public static StoreOptions memory() {
    return new StoreOptions(MEMORY, null, null);
  }

  /** The store flags of {@code args} (flags win over the environment), and the arguments left for the others. */
  public static Split split(String[] args, Map<String, String> environment) {
    String location = MEMORY;
    String user = environment.get("PGUSER");
    String password = environment.get("PGPASSWORD");
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      boolean ours = "--store".equals(flag) || "--db-user".equals(flag) || "--db-password".equals(flag);
      if (!ours) {
        rest.add(flag);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + flag);
      }
      String value = args[++i];
      switch (flag) {
        case "--store" -> location = value;
        case "--db-user" -> user = value;
        default -> password = value;
      }
    }
    return new Split(new StoreOptions(location, user, password), rest.toArray(String[]::new));
  }

  /** The store options, and the arguments that are not theirs. */
  public record Split(StoreOptions options, String[] otherArguments) {
  }

  @Override
  public String toString() {
    return "StoreOptions[location=" + SecretRedaction.redacted(location) + ", user=" + user + ", password=" + (password == null ? "none" : "***")
        + "]";
  }
}
