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
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Which answers are retried, how often and after which computed delay, against a scripted real HTTP server.
 * Attempts are counted on the server; delays are observed through the sleeper, so nothing really waits.
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
  void aRateLimitIsRetriedAfterTheRetryAfterSeconds() {
    server.script(ScriptedReply.failure(429, 10429, "rate limited").withHeader("Retry-After", "3"),
        ScriptedReply.created());

    assertThat(client().build().createGreTunnel(ACCOUNT, request()).getName()).isEqualTo("GRE_1");

    assertThat(server.requests()).hasSize(2);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aRetryAfterHttpDateIsMeasuredAgainstTheClock() {
    server.script(ScriptedReply.failure(429, 10429, "rate limited")
        .withHeader("Retry-After", "Wed, 25 Nov 2026 10:15:37 GMT"), ScriptedReply.created());

    client().build().createGreTunnel(ACCOUNT, request());

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRateLimitThatPersistsIsThrownAfterTheRetries() {
    server.script(ScriptedReply.failure(429, 10429, "rate limited").withHeader("Retry-After", "1"));

    RateLimitedException failure = catchThrowableOfType(RateLimitedException.class,
        () -> client().build().createGreTunnel(ACCOUNT, request()));

    assertThat(failure.status()).isEqualTo(429);
    assertThat(failure.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
    assertThat(failure.headers().get("retry-after")).containsExactly("1");
    assertThat(server.requests()).as("first attempt and the default 2 retries").hasSize(3);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void serverErrorsBackOffExponentiallyAndEndInAServerException() {
    server.script(ScriptedReply.failure(500, 10500, "internal error"));

    ServerException failure = catchThrowableOfType(ServerException.class,
        () -> client().maxRetries(3).build().createGreTunnel(ACCOUNT, request()));

    assertThat(failure.status()).isEqualTo(500);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(10500);
    assertThat(server.requests()).hasSize(4);
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aServerErrorFollowedBySuccessReturnsTheTunnel() {
    server.script(ScriptedReply.failure(503, 10503, "unavailable"), ScriptedReply.created());

    assertThat(client().build().createGreTunnel(ACCOUNT, request()).getId())
        .isEqualTo("c4a7362d577a6c3019a474fd6f485821");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aRequestTimeoutIsRetriedAndThenABadRequest() {
    server.script(ScriptedReply.failure(408, 10408, "request timeout"));

    BadRequestException failure = catchThrowableOfType(BadRequestException.class,
        () -> client().build().createGreTunnel(ACCOUNT, request()));

    assertThat(failure.status()).isEqualTo(408);
    assertThat(server.requests()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 405, 409, 413, 415, 422})
  void otherClientErrorsAreNeverRetried(int status) {
    server.script(ScriptedReply.failure(status, 1001, "refused"));

    CloudflareApiException failure = catchThrowableOfType(CloudflareApiException.class,
        () -> client().build().createGreTunnel(ACCOUNT, request()));

    assertThat(failure.status()).isEqualTo(status);
    assertThat(server.requests()).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void zeroMaxRetriesMeansOneAttempt() {
    server.script(ScriptedReply.failure(503, 10503, "unavailable"));

    catchThrowableOfType(ServerException.class, () -> client().maxRetries(0).build().createGreTunnel(ACCOUNT, request()));

    assertThat(server.requests()).hasSize(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void aReadTimeoutIsAConnectionFailureAndIsRetried() throws InterruptedException {
    server.script(ScriptedReply.created().after(Duration.ofMillis(1500)));

    ApiConnectionException failure = catchThrowableOfType(ApiConnectionException.class,
        () -> client().readTimeout(Duration.ofMillis(200)).maxRetries(1).build().createGreTunnel(ACCOUNT, request()));

    assertThat(failure.status()).isZero();
    assertThat(failure.kind()).isEqualTo(ErrorKind.CONNECTION);
    assertThat(failure.getMessage()).startsWith("Request timed out");
    assertThat(failure.headers()).isEmpty();
    assertThat(server.requestsOnce(2, Duration.ofSeconds(30))).hasSize(2);
    assertThat(sleeper.delays()).hasSize(1);
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
  void everyOperationIsRetriedOn408And429ButNotOn404(Operation operation) {
    server.script(ScriptedReply.failure(408, 10408, "request timeout"),
        ScriptedReply.failure(429, 10429, "rate limited").withHeader("Retry-After", "2"),
        ScriptedReply.failure(404, 1024, "GRE tunnel not found"));

    NotFoundException failure = catchThrowableOfType(NotFoundException.class, () -> operation.callOn(client().build()));

    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(1024);
    assertThat(server.requests()).as("408, then 429, then the 404 that ends it").hasSize(3);
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(2));
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
