package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.store.ThrowawayPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 1, through {@code StubMain} in a JVM of its own: the store in use is logged at start, never
 * with its password; a store that cannot be used is one line on the console and exit code 2, no stack trace.
 */
class StoreStartupTest {

  @TempDir
  Path dir;

  @Test
  void anUnknownStoreIsOneLineAndExitCode2() throws Exception {
    assertRefusedInOneLine(StubProcess.start("--store", "mysql://127.0.0.1/tunnels?password=hunter2"),
        "--store must be memory, file:PATH or jdbc:postgresql://host:port/database", "hunter2");
  }

  @Test
  void aFileStoreUnderARegularFileIsOneLineAndExitCode2() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");

    assertRefusedInOneLine(StubProcess.start("--store", "file:" + notAFolder.resolve("tunnels")),
        "cannot open the store file " + notAFolder.resolve("tunnels") + ".mv.db", null);
  }

  @Test
  void aFileThatIsNotADatabaseIsOneLineAndExitCode2() throws Exception {
    Files.write(dir.resolve("tunnels.mv.db"), new byte[8192]);

    assertRefusedInOneLine(StubProcess.start("--store", "file:" + dir.resolve("tunnels")),
        "cannot open the store file " + dir.resolve("tunnels") + ".mv.db: ", null);
  }

  @Test
  void anUnreachableDatabaseIsOneLineAndExitCode2WithoutThePassword() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertRefusedInOneLine(StubProcess.start("--store", "jdbc:postgresql://127.0.0.1:" + closedPort + "/tunnels",
        "--db-user", "stub", "--db-password", "hunter2"),
        "cannot open the store postgresql //127.0.0.1:" + closedPort + "/tunnels: ", "hunter2");
  }

  @Test
  void aRefusedPasswordIsOneLineAndExitCode2WithoutThePassword() throws Exception {
    String url = ThrowawayPostgres.shared().newDatabase();

    assertRefusedInOneLine(StubProcess.start("--store", url, "--db-user", ThrowawayPostgres.USER,
        "--db-password", "not-the-password"), "password authentication failed", "not-the-password");
  }

  @Test
  void thePostgresStoreInUseIsLoggedWithoutItsPasswordFromFlagsOrUrl() throws Exception {
    String url = ThrowawayPostgres.shared().newDatabase();

    try (StubProcess stub = StubProcess.listening("--store", url + "?password=" + ThrowawayPostgres.PASSWORD,
        "--db-user", ThrowawayPostgres.USER)) {
      assertThat(stub.output()).anySatisfy(line -> assertThat(line)
          .contains("store postgresql " + url.substring("jdbc:postgresql:".length()) + " (PostgreSQL ")
          .contains("user " + ThrowawayPostgres.USER));
      assertThat(String.join("\n", stub.output())).doesNotContain(ThrowawayPostgres.PASSWORD);
    }
  }

  @Test
  void thePostgresCredentialsMayComeFromPgUserAndPgPassword() throws Exception {
    String url = ThrowawayPostgres.shared().newDatabase();

    try (StubProcess stub = StubProcess.listening(
        Map.of("PGUSER", ThrowawayPostgres.USER, "PGPASSWORD", ThrowawayPostgres.PASSWORD), "--store", url)) {
      assertThat(String.join("\n", stub.output())).contains("user " + ThrowawayPostgres.USER)
          .doesNotContain(ThrowawayPostgres.PASSWORD);
    }
  }

  @Test
  void theFileStoreInUseIsLoggedByItsFile() throws Exception {
    try (StubProcess stub = StubProcess.listening("--store", "file:" + dir.resolve("tunnels"))) {
      assertThat(stub.output()).anySatisfy(line -> assertThat(line).contains("store file " + dir.resolve("tunnels.mv.db")));
    }
  }

  @Test
  void withoutTheFlagTheStoreIsInMemory() throws Exception {
    try (StubProcess stub = StubProcess.listening()) {
      assertThat(stub.output()).anySatisfy(line -> assertThat(line).contains("store memory"));
    }
  }

  private static void assertRefusedInOneLine(StubProcess stub, String expected, String secret) throws Exception {
    int exitCode = stub.exitCode();
    List<String> output = stub.outputAfterExit();

    assertThat(exitCode).as("exit code; output: %s", output).isEqualTo(2);
    assertThat(output).as("the whole output").hasSize(1);
    assertThat(output.get(0)).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    if (secret != null) {
      assertThat(output.get(0)).doesNotContain(secret);
    }
  }
}
