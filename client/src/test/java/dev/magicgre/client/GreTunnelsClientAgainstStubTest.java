package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelBgp;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import dev.magicgre.stub.auth.Identities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade against the real stub over loopback HTTP: both target forms, both schemes, and its refusals. */
class GreTunnelsClientAgainstStubTest {

  private static final String OTHER_ACCOUNT = "0123456789abcdef0123456789abcdef";
  private static StubServer stub;
  private RecordingSleeper sleeper;

  @BeforeAll
  static void startStub() {
    stub = StubServer.start(StubSettings.ephemeral());
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @BeforeEach
  void newSleeper() {
    sleeper = new RecordingSleeper();
  }

  private GreTunnelsClient clientWithToken(String token) {
    return GreTunnelsClient.builder().baseUrl(stub.baseUri().toString()).apiToken(token).sleeper(sleeper).build();
  }

  @Test
  void createsATunnelWithAStringTarget() {
    GreTunnel tunnel = clientWithToken(Identities.EXAMPLE_TOKEN)
        .createGreTunnel(ACCOUNT, TestRequests.withStringTarget("FACADE_STR", "203.0.113.9"));

    assertThat(tunnel.getId()).matches("[0-9a-f]{32}");
    assertThat(tunnel.getName()).isEqualTo("FACADE_STR");
    assertThat(tunnel.getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofAddress("203.0.113.9"));
    assertThat(stub.store().list(ACCOUNT)).extracting(GreTunnel::getId).contains(tunnel.getId());
  }

  @Test
  void createsATunnelWithAnObjectTargetAndTheHeaderFollows() {
    GreTunnel tunnel = clientWithToken(Identities.EXAMPLE_TOKEN).createGreTunnel(ACCOUNT,
        TestRequests.withObjectTarget("FACADE_OBJ", ""));

    HealthCheckTarget target = tunnel.getHealthCheck().getTarget();
    assertThat(target.isObject()).isTrue();
    assertThat(target.saved()).isEmpty();
    assertThat(target.effective()).isEqualTo("203.0.113.2");
  }

  @Test
  void createsATunnelWithTheGlobalApiKey() {
    GreTunnelsClient client = GreTunnelsClient.builder().baseUrl(stub.baseUri().toString())
        .apiKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_KEY).sleeper(sleeper).build();

    GreTunnel tunnel = client.createGreTunnel(ACCOUNT, TestRequests.valid("FACADE_KEY"));

    assertThat(tunnel.getName()).isEqualTo("FACADE_KEY");
    assertThat(tunnel.getHealthCheck().getTarget().isObject()).as("no target sent: the answer in object form").isTrue();
    assertThat(tunnel.getHealthCheck().getTarget().effective()).isEqualTo("203.0.113.2");
  }

  @Test
  void validateOnlyAnswersLikeACreateButStoresNothing() {
    GreTunnel tunnel = clientWithToken(Identities.EXAMPLE_TOKEN).createGreTunnel(ACCOUNT,
        TestRequests.valid("FACADE_DRY"), WriteOptions.defaults().withValidateOnly(true));

    assertThat(tunnel.getName()).isEqualTo("FACADE_DRY");
    assertThat(stub.store().list(ACCOUNT)).extracting(GreTunnel::getName).doesNotContain("FACADE_DRY");
  }

  @Test
  void aBrokenRuleIsABadRequestWithCodeAndPointer() {
    BadRequestException failure = catchThrowableOfType(BadRequestException.class,
        () -> clientWithToken(Identities.EXAMPLE_TOKEN).createGreTunnel(ACCOUNT, TestRequests.valid("has space")));

    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code, ApiErrorDetail::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1003, "/name"));
    assertThat(failure.getMessage()).startsWith("400 Bad Request: [1003] name must be").endsWith("(at /name)");
    assertThat(failure.rawBody()).contains("\"success\":false");
    assertThat(failure.headers().get("content-type")).anySatisfy(value -> assertThat(value).contains("json"));
    assertThat(sleeper.delays()).as("a 400 is never retried").isEmpty();
  }

  @Test
  void aTargetFormContradictingTheOptionNeverReachesTheStub() {
    long before = stub.store().size();

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(
        () -> clientWithToken(Identities.EXAMPLE_TOKEN).createGreTunnel(ACCOUNT,
            TestRequests.withObjectTarget("FACADE_MIX", "203.0.113.2"), WriteOptions.defaults().withNewTargetFormat(false)))
        .withMessageContaining("1014");
    assertThat(stub.store().size()).isEqualTo(before);
  }

  @Test
  void anotherAccountIsPermissionDenied() {
    PermissionDeniedException failure = catchThrowableOfType(PermissionDeniedException.class,
        () -> clientWithToken(Identities.EXAMPLE_TOKEN).createGreTunnel(OTHER_ACCOUNT, TestRequests.valid("FACADE_403")));

    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.kind()).isEqualTo(ErrorKind.PERMISSION);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(10000);
    assertThat(sleeper.delays()).as("a 403 is never retried").isEmpty();
  }

  @Test
  void aTokenWithoutWritePermissionIsPermissionDenied() {
    PermissionDeniedException failure = catchThrowableOfType(PermissionDeniedException.class,
        () -> clientWithToken(Identities.EXAMPLE_READ_ONLY_TOKEN).createGreTunnel(ACCOUNT, TestRequests.valid("FACADE_RO")));

    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(10000);
  }

  @Test
  void anUnknownTokenIsPermissionDeniedWith9109AndTheTokenIsNotInTheMessage() {
    String unknown = "UnknownToken0000000000000000000000000000";
    PermissionDeniedException failure = catchThrowableOfType(PermissionDeniedException.class,
        () -> clientWithToken(unknown).createGreTunnel(ACCOUNT, TestRequests.valid("FACADE_9109")));

    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(9109);
    assertThat(failure.getMessage()).doesNotContain(unknown);
  }

  @Test
  void anUnknownKeyIsPermissionDeniedWith9103() {
    GreTunnelsClient client = GreTunnelsClient.builder().baseUrl(stub.baseUri().toString())
        .apiKey(Identities.EXAMPLE_EMAIL, "00000000000000000000000000000000").sleeper(sleeper).build();

    PermissionDeniedException failure = catchThrowableOfType(PermissionDeniedException.class,
        () -> client.createGreTunnel(ACCOUNT, TestRequests.valid("FACADE_9103")));

    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(9103);
  }

  @Test
  void aMalformedTokenIsAnAuthenticationFailureThoughCloudflareAnswers400() {
    AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
        () -> clientWithToken("not a token!").createGreTunnel(ACCOUNT, TestRequests.valid("FACADE_6003")));

    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(6003);
    assertThat(failure.errors().get(0).errorChain())
        .containsExactly(new ApiErrorDetail(6111, "Invalid format for Authorization header", null, null));
    assertThat(sleeper.delays()).isEmpty();
  }

  /** Evidence A2 #4 (cloudflare/cloudflare-typescript#161): a token sent as the Global API key is 400 6003 / 6103. */
  @Test
  void aTokenSentAsTheKeyIsAnAuthenticationFailureWhoseChainNamesTheKeyHeader() {
    GreTunnelsClient client = GreTunnelsClient.builder().baseUrl(stub.baseUri().toString())
        .apiKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_TOKEN).sleeper(sleeper).build();

    AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
        () -> client.createGreTunnel(ACCOUNT, TestRequests.valid("FACADE_6103")));

    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(6003);
    assertThat(failure.errors().get(0).errorChain()).extracting(ApiErrorDetail::code).containsExactly(6103);
    assertThat(failure.getMessage()).contains("6103").doesNotContain(Identities.EXAMPLE_TOKEN);
  }

  @Test
  void aGatewayThatAddsNoCredentialsGetsTheStubs9106AsAnAuthenticationFailure() {
    GreTunnelsClient client = GreTunnelsClient.builder().baseUrl(stub.baseUri().toString())
        .credentialsAddedByGateway().sleeper(sleeper).build();

    AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
        () -> client.createGreTunnel(ACCOUNT, TestRequests.valid("FACADE_9106")));

    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(9106);
    assertThat(stub.store().list(ACCOUNT)).extracting(GreTunnel::getName).doesNotContain("FACADE_9106");
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void aRefusalDoesNotEchoTheBgpKey() {
    GreTunnelCreateRequest request = TestRequests.valid("bad name")
        .bgp(new GreTunnelBgp().customerAsn(64512).md5Key("s3cr3t-K3y"));

    BadRequestException failure = catchThrowableOfType(BadRequestException.class,
        () -> clientWithToken(Identities.EXAMPLE_TOKEN).createGreTunnel(ACCOUNT, request));

    assertThat(failure.getMessage()).doesNotContain("s3cr3t-K3y");
    assertThat(failure.rawBody()).doesNotContain("s3cr3t-K3y");
  }

  @Test
  void aWrongBaseUrlIsNotFound() {
    GreTunnelsClient client = GreTunnelsClient.builder().baseUrl(stub.baseUri() + "/wrong")
        .apiToken(Identities.EXAMPLE_TOKEN).sleeper(sleeper).build();

    NotFoundException failure = catchThrowableOfType(NotFoundException.class,
        () -> client.createGreTunnel(ACCOUNT, TestRequests.valid("FACADE_404")));

    assertThat(failure.status()).isEqualTo(404);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(7000);
    assertThat(sleeper.delays()).as("a 404 is never retried").isEmpty();
  }
}
