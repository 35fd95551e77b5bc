package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line that names the credentials file (issue #3, point 5). */
class StubMainTest {

  @TempDir
  Path dir;

  @Test
  void theFlagsReachTheSettings() throws Exception {
    Path file = Files.writeString(dir.resolve("creds.json"), CredentialsFileTest.FILE);

    StubSettings settings = StubMain.parse(new String[] {"--port", "0", "--bind", "127.0.0.1", "--credentials", file.toString()});

    assertThat(settings.port()).isZero();
    assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(settings.credentialsFile()).isEqualTo(file);
  }

  @Test
  void withoutFlagsTheDefaultIdentitiesAreUsed() {
    StubSettings settings = StubMain.parse(new String[0]);

    assertThat(settings.credentialsFile()).isNull();
    assertThat(settings.port()).isEqualTo(8080);
  }

  @Test
  void theTimeoutFlagsReachTheSettings() {
    StubSettings settings = StubMain.parse(new String[] {"--idle-timeout", "5", "--body-timeout", "3"});

    assertThat(settings.idleTimeoutSeconds()).isEqualTo(5);
    assertThat(settings.bodyReadTimeoutSeconds()).isEqualTo(3);
  }

  @Test
  void withoutTimeoutFlagsTheDocumentedDefaultsApply() {
    StubSettings settings = StubMain.parse(new String[0]);

    assertThat(settings.idleTimeoutSeconds()).isEqualTo(30);
    assertThat(settings.bodyReadTimeoutSeconds()).isEqualTo(10);
  }

  @Test
  void theConnectionLimitFlagsReachTheSettingsAndDefaultToTheDocumentedValues() {
    StubSettings settings = StubMain.parse(new String[] {"--max-connections", "40", "--max-connections-per-client", "3"});
    StubSettings defaults = StubMain.parse(new String[0]);

    assertThat(settings.maxConnections()).isEqualTo(40);
    assertThat(settings.maxConnectionsPerClient()).isEqualTo(3);
    assertThat(defaults.maxConnections()).isEqualTo(4096);
    assertThat(defaults.maxConnectionsPerClient()).isEqualTo(256);
  }

  @Test
  void theControlApiIsOffUnlessAFlagTurnsItOn() {
    assertThat(StubMain.parse(new String[0]).controlApi().enabled()).isFalse();
    assertThat(StubMain.parse(new String[] {"--control-api"}).controlApi()).isEqualTo(ControlApiSettings.OPEN);
    assertThat(StubMain.parse(new String[] {"--control-api", "--port", "0"}).port()).isZero();
    assertThat(StubMain.parse(new String[] {"--control-token", "t0k"}).controlApi())
        .isEqualTo(ControlApiSettings.withToken("t0k"));
    assertThat(StubMain.parse(new String[] {"--control-token", "t0k", "--control-api"}).controlApi())
        .isEqualTo(ControlApiSettings.withToken("t0k"));
  }

  @Test
  void theControlTokenIsNeverPrinted() {
    assertThat(ControlApiSettings.withToken("s3cret-control").toString()).doesNotContain("s3cret-control");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--credentials /no/such/file.json", "--port 70000", "--port eighty", "--verbose yes", "--port",
      "--idle-timeout 0", "--body-timeout -1", "--body-timeout ten", "--control-token", "--control-token  ",
      "--max-connections 0", "--max-connections many", "--max-connections-per-client -2"})
  void badArgumentsAreRefused(String arguments) {
    assertThatThrownBy(() -> StubMain.parse(arguments.split(" "))).isInstanceOf(IllegalArgumentException.class);
  }
}
