package dev.magicgre.stub.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stores the tests run against: {@code memory}, {@code file} (a new H2 file in a temporary folder) or
 * {@code postgres} (a new database on {@link ThrowawayPostgres}). The behaviour suite takes its store from the
 * system property {@value #PROPERTY} (server-stub's pom runs the suite once per store).
 */
public enum TestStores {
  MEMORY,
  FILE,
  POSTGRES;

  public static final String PROPERTY = "magicgre.test.store";

  /** The store the behaviour suite runs on in this JVM. */
  public static TestStores current() {
    return valueOf(System.getProperty(PROPERTY, "memory").toUpperCase(java.util.Locale.ROOT));
  }

  /** A new, empty store of this kind. */
  public TunnelStore open() {
    return TunnelStores.open(options());
  }

  /** Options naming a new, empty store of this kind (what {@code --store} and the two db flags would say). */
  public StoreOptions options() {
    return switch (this) {
      case MEMORY -> StoreOptions.memory();
      case FILE -> new StoreOptions("file:" + newFolder().resolve("tunnels"), null, null);
      case POSTGRES -> new StoreOptions(ThrowawayPostgres.shared().newDatabase(), ThrowawayPostgres.USER,
          ThrowawayPostgres.PASSWORD);
    };
  }

  /** Under target/ (the module's folder is the tests' working directory), so that {@code mvn clean} removes it. */
  private static Path newFolder() {
    try {
      Path parent = Files.createDirectories(Path.of("target", "test-stores"));
      return Files.createTempDirectory(parent.toAbsolutePath(), "file-store-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
