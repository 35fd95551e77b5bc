package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;

/**
 * Retries against a scripted real HTTP server, for what the stub's faults cannot answer: a Retry-After date, an
 * HTML 200, the exact bytes of a resent request, a port nobody listens on. The other retry rules are tested against
 * the stub with faults armed (RetryAgainstStubFaultsTest). Attempts are counted on the server; delays are observed
 * through the sleeper, so nothing really waits.
 */
class RetryBehaviourTest {

  /** Jitter source fixed at 0: the delay is the undiminished exponential backoff. */
  private static final double NO_JITTER = 0.0;
  private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

  private static ScriptedServer server;
  private RecordingSleeper sleeper;

  @BeforeAll
  static void startServer() {
    server = ScriptedServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void newSleeper() {
    sleeper = new RecordingSleeper();
  }

  private GreTunnelsClient.Builder client() {
    return GreTunnelsClient.builder().baseUrl(server.baseUrl()).apiToken("scripted-token")
        .sleeper(sleeper).random(() -> NO_JITTER).clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static dev.magicgre.model.GreTunnelCreateRequest request() {
    return TestRequests.valid("GRE_1");
  }

  @Test
  void aRetryAfterHttpDateIsMeasuredAgainstTheClock() {
    server.script(ScriptedReply.failure(429, 10429, "rate limited")
        .withHeader("Retry-After", "Wed, 25 Nov 2026 10:15:37 GMT"), ScriptedReply.created());

    client().build().createGreTunnel(ACCOUNT, request());

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRefusedConnectionIsRetriedThenThrownWithStatusZero() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    GreTunnelsClient client = client().baseUrl("http://127.0.0.1:" + closedPort + "/client/v4")
        .connectTimeout(Duration.ofSeconds(2)).build();

    ApiConnectionException failure = catchThrowableOfType(ApiConnectionException.class,
        () -> client.createGreTunnel(ACCOUNT, request()));

    assertThat(failure.status()).isZero();
    assertThat(failure.rawBody()).isNull();
    assertThat(failure.errors()).isEmpty();
    assertThat(sleeper.delays()).as("2 retries after the first attempt").hasSize(2);
  }

  @Test
  void anUnusable200IsNeverRetriedBecauseTheTunnelMayExist() {
    server.script(ScriptedReply.text(200, "text/html", "<html>oops</html>"));

    catchThrowableOfType(UnexpectedResponseException.class, () -> client().build().createGreTunnel(ACCOUNT, request()));

    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Operation.class)
  void everyOperationIsRetriedAfterA503AndAnswersOnceItSucceeds(Operation operation) {
    server.script(ScriptedReply.failure(503, 10503, "unavailable"), operation.success());

    Object answer = operation.callOn(client().build());

    assertThat(answer).isNotNull();
    assertThat(server.requests()).hasSize(2).allSatisfy(request -> {
      assertThat(request.method()).isEqualTo(operation.method());
      assertThat(request.path()).isEqualTo(operation.path());
    });
    assertThat(server.requests().get(1).body()).as("the retry sends the same body").isEqualTo(server.requests().get(0).body());
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Operation.class)
  void everyOperationRetriesARefusedConnection(Operation operation) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    GreTunnelsClient client = client().baseUrl("http://127.0.0.1:" + closedPort + "/client/v4").build();

    catchThrowableOfType(ApiConnectionException.class, () -> operation.callOn(client));

    assertThat(sleeper.delays()).as("2 retries after the first attempt").hasSize(2);
  }
}
