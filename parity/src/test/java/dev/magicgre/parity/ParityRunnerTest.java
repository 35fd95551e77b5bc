package dev.magicgre.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.magicgre.stub.auth.Identities;
import dev.magicgre.testkit.GreTunnelsStubExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue #21, item 3: scripts/parity's runner against an in-process stub (run in CI by the normal build). */
class ParityRunnerTest {

  private static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  private static final int SCENARIOS = Catalogue.scenarios().size();

  /** Emptied before each test: no tunnels, no armed faults. */
  @RegisterExtension
  static final GreTunnelsStubExtension STUB = GreTunnelsStubExtension.builder().controlApi(false).build();

  @TempDir
  Path snapshots;

  private record Outcome(int exitCode, String out, String err) {
  }

  private static Outcome parity(String... extra) {
    List<String> args = new ArrayList<>(List.of("--base", STUB.baseUrl(), "--account", ACCOUNT));
    args.addAll(List.of(extra));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ParityMain.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void againstTheStubEveryScenarioPassesAndEveryTunnelItCreatedIsDeleted() {
    Outcome outcome = parity("--token", Identities.EXAMPLE_TOKEN);

    assertThat(outcome.exitCode()).as(outcome.out()).isZero();
    assertThat(outcome.out()).contains(SCENARIOS + " passed, 0 failed").doesNotContain("FAIL");
    assertThat(STUB.state().tunnels(ACCOUNT)).as("tunnels left by the run").isEmpty();
  }

  @Test
  void recordThenCompareOnTheSameStubShowsNoDifference() {
    Outcome recorded = parity("--token", Identities.EXAMPLE_TOKEN, "--record", snapshots.toString());
    Outcome compared = parity("--token", Identities.EXAMPLE_TOKEN, "--compare", snapshots.toString());

    assertThat(recorded.exitCode()).as(recorded.out()).isZero();
    assertThat(snapshots.toFile().list()).hasSize(SCENARIOS);
    assertThat(compared.exitCode()).as(compared.out()).isZero();
    assertThat(compared.out()).contains("0 differences").doesNotContain("DIFF");
  }

  @Test
  void anAnswerThatChangedIsReportedAsADifference() {
    parity("--token", Identities.EXAMPLE_TOKEN, "--record", snapshots.toString());
    STUB.state().failNext("getGreTunnel", 1, 502, null);

    Outcome compared = parity("--token", Identities.EXAMPLE_TOKEN, "--compare", snapshots.toString());

    assertThat(compared.exitCode()).isEqualTo(1);
    assertThat(compared.out()).contains("DIFF get-string-target: /status: recorded 200, now 502")
        .contains("FAIL get-string-target").contains("1 difference from");
    assertThat(STUB.state().tunnels(ACCOUNT)).isEmpty();
  }

  @Test
  void aRecordingEditedByHandIsReportedAsADifference() throws IOException {
    parity("--token", Identities.EXAMPLE_TOKEN, "--record", snapshots.toString());
    Path auth = snapshots.resolve("auth-none.json");
    Files.writeString(auth, Files.readString(auth).replace("9106", "9107"));

    Outcome compared = parity("--token", Identities.EXAMPLE_TOKEN, "--compare", snapshots.toString());

    assertThat(compared.exitCode()).isEqualTo(1);
    assertThat(compared.out()).contains("DIFF auth-none: /body/errors/0/code: recorded 9107, now 9106");
  }

  @Test
  void evenWhenScenariosFailEveryTunnelTheRunCreatedIsDeleted() {
    STUB.state().failNext("getGreTunnel", 100, 500, null);

    Outcome outcome = parity("--token", Identities.EXAMPLE_TOKEN);

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).contains("FAIL get-string-target").contains("cleanup: 3 of 3 tunnels of this run deleted");
    assertThat(STUB.state().tunnels(ACCOUNT)).isEmpty();
  }

  @Test
  void itNeverPrintsTheCredentials() {
    Outcome outcome = parity("--email", Identities.EXAMPLE_EMAIL, "--key", Identities.EXAMPLE_KEY, "--record",
        snapshots.toString());

    assertThat(outcome.exitCode()).as(outcome.out()).isZero();
    assertThat(outcome.out() + outcome.err()).doesNotContain(Identities.EXAMPLE_KEY).doesNotContain(Identities.EXAMPLE_EMAIL);
  }

  @Test
  void aBaseThatIsNotThisMachineIsRefusedWithoutTheFlag() {
    Outcome outcome = parityAgainst("https://api.cloudflare.com/client/v4");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--i-know-this-is-real");
    assertThat(ParityOptions.parse(new String[] {"--base", "https://api.cloudflare.com/client/v4", "--account", ACCOUNT,
        "--token", "t", "--i-know-this-is-real"}).real()).isTrue();
  }

  @Test
  void onlyLoopbackNamesCountAsThisMachine() {
    assertThat(List.of("localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::1")).allMatch(ParityOptions::isLoopback);
    assertThat(List.of("api.cloudflare.com", "10.0.0.1", "localhost.example.com", "128.0.0.1", "0.0.0.0"))
        .noneMatch(ParityOptions::isLoopback);
    assertThatThrownBy(() -> ParityOptions.parse(new String[] {"--base", "http://localhost/client/v4", "--account", ACCOUNT}))
        .hasMessageContaining("--token");
  }

  private static Outcome parityAgainst(String base) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ParityMain.run(new String[] {"--base", base, "--account", ACCOUNT, "--token", "secret-token-value"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).doesNotContain("secret-token-value");
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
