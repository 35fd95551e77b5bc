package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.auth.Identities;
import dev.magicgre.stub.gateway.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which answers are retried, how often and after which delay, against the real stub with faults armed for the
 * next calls (issue #21): a fault counts down once per request that reaches the stub, so what is left armed tells
 * how many attempts were made. Delays are observed through the sleeper, so nothing waits. RetryBehaviourTest
 * keeps what the stub cannot answer (an HTML 200, a Retry-After date, the exact bytes of a resent request).
 */
class RetryAgainstStubFaultsTest {

  @RegisterExtension
  static final InProcessStub STUB = new InProcessStub();

  private final StubServer stub = STUB.server();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private GreTunnelsClient.Builder client() {
    return GreTunnelsClient.builder().baseUrl(stub.baseUri().toString()).apiToken(Identities.EXAMPLE_TOKEN)
        .sleeper(sleeper).random(() -> 0.0);
  }

  private void failNext(String operation, int times, int status, Integer retryAfterSeconds) {
    stub.faults().arm(new Fault(operation, status, 0, null, 0, false, retryAfterSeconds), times);
  }

  /** How many of the calls a fault was armed for are left (0 once it is used up). */
  private int leftOfTheFault() {
    List<Map<String, Object>> armed = stub.faults().describe();
    return armed.isEmpty() ? 0 : (Integer) armed.get(0).get("times");
  }

  @Test
  void aRateLimitIsRetriedAfterTheRetryAfterSeconds() {
    failNext("createGreTunnel", 1, 429, 3);

    assertThat(client().build().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")).getName()).isEqualTo("GRE_1");

    assertThat(leftOfTheFault()).isZero();
    assertThat(stub.store().list(ACCOUNT)).hasSize(1);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aRateLimitThatPersistsIsThrownAfterTheRetries() {
    failNext("createGreTunnel", 10, 429, 1);

    RateLimitedException failure = catchThrowableOfType(RateLimitedException.class,
        () -> client().build().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")));

    assertThat(failure.status()).isEqualTo(429);
    assertThat(failure.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(971);
    assertThat(10 - leftOfTheFault()).as("first attempt and the default 2 retries").isEqualTo(3);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void serverErrorsBackOffExponentiallyAndEndInAServerException() {
    failNext("createGreTunnel", 10, 500, null);

    ServerException failure = catchThrowableOfType(ServerException.class,
        () -> client().maxRetries(3).build().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")));

    assertThat(failure.status()).isEqualTo(500);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(10500);
    assertThat(10 - leftOfTheFault()).isEqualTo(4);
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(stub.store().size()).isZero();
  }

  @Test
  void aServerErrorFollowedBySuccessReturnsTheTunnel() {
    failNext("createGreTunnel", 1, 503, null);

    GreTunnelsClient client = client().build();

    assertThat(client.createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")).getId()).matches("[0-9a-f]{32}");
    assertThat(leftOfTheFault()).isZero();
    assertThat(stub.store().list(ACCOUNT)).hasSize(1);
  }

  @Test
  void aRequestTimeoutIsRetriedAndThenABadRequest() {
    failNext("createGreTunnel", 10, 408, null);

    BadRequestException failure = catchThrowableOfType(BadRequestException.class,
        () -> client().build().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")));

    assertThat(failure.status()).isEqualTo(408);
    assertThat(10 - leftOfTheFault()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 405, 409, 413, 415, 422})
  void otherClientErrorsAreNeverRetried(int status) {
    failNext("createGreTunnel", 10, status, null);

    CloudflareApiException failure = catchThrowableOfType(CloudflareApiException.class,
        () -> client().build().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")));

    assertThat(failure.status()).isEqualTo(status);
    assertThat(10 - leftOfTheFault()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void zeroMaxRetriesMeansOneAttempt() {
    failNext("createGreTunnel", 10, 503, null);

    catchThrowableOfType(ServerException.class,
        () -> client().maxRetries(0).build().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")));

    assertThat(10 - leftOfTheFault()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void aReadTimeoutIsAConnectionFailureAndIsRetried() {
    // the late answer is a 503, so that a request the client gave up on changes nothing after the test
    stub.faults().arm(new Fault("createGreTunnel", 503, 0, null, 1500, false, null), 2);

    ApiConnectionException failure = catchThrowableOfType(ApiConnectionException.class,
        () -> client().readTimeout(Duration.ofMillis(200)).maxRetries(1).build()
            .createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")));

    assertThat(failure.status()).isZero();
    assertThat(failure.kind()).isEqualTo(ErrorKind.CONNECTION);
    assertThat(failure.getMessage()).startsWith("Request timed out");
    assertThat(failure.headers()).isEmpty();
    assertThat(sleeper.delays()).hasSize(1);
  }

  /** A create: the JDK's HTTP client resends a GET on a closed connection by itself, the facade's retry never sees it. */
  @Test
  void aDroppedConnectionIsAConnectionFailureAndIsRetried() {
    stub.faults().arm(new Fault("createGreTunnel", 0, 0, null, 0, true, null), 1);

    assertThat(client().build().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")).getName()).isEqualTo("GRE_1");

    assertThat(leftOfTheFault()).isZero();
    assertThat(stub.store().list(ACCOUNT)).hasSize(1);
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void everyOperationIsRetriedOn408And429ButNotOn404(Operation operation) {
    failNext(null, 1, 408, null);
    failNext(null, 1, 429, 2);
    stub.faults().arm(new Fault(null, 404, 1024, "GRE tunnel not found", 0, false, null), 1);

    NotFoundException failure = catchThrowableOfType(NotFoundException.class, () -> operation.callOn(client().build()));

    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(1024);
    assertThat(stub.faults().describe()).as("408, then 429, then the 404 that ends it").isEmpty();
    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(2));
  }
}
