package dev.magicgre.contract;

import static dev.magicgre.contract.ContractParties.ACCOUNT;
import static dev.magicgre.contract.ContractParties.CONSUMER;
import static dev.magicgre.contract.ContractParties.NO_TUNNELS;
import static dev.magicgre.contract.ContractParties.PROVIDER;
import static dev.magicgre.contract.ContractParties.TOKEN;
import static dev.magicgre.contract.ContractParties.TUNNELS_PATH;
import static dev.magicgre.contract.ContractParties.TUNNEL_EXISTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.magicgre.client.AuthenticationException;
import dev.magicgre.client.BadRequestException;
import dev.magicgre.client.WriteOptions;
import dev.magicgre.client.GreTunnelsClient;
import dev.magicgre.client.PermissionDeniedException;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.model.HealthCheckType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the Java client needs from the endpoint, written as Pact interactions and checked by driving the real
 * facade against Pact's mock server. One {@code @Pact} method per interaction, bound to its test by name.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class GreTunnelsConsumerPactTest {

  private static final String JSON = ConsumerSide.JSON;
  /** A Global API key that is no key: an API token sent as one (as evidence A2 #4 captured). */
  private static final String MALFORMED_KEY = "ApiTokenSentAsTheKey_0000000000000000000";

  // ---- create, target in object form (header true) ----

  @Pact(consumer = CONSUMER)
  V4Pact createWithObjectTarget(PactDslWithProvider builder) {
    return post(builder.given(NO_TUNNELS).uponReceiving("a create with x-magic-new-hc-target true and an object target"), "true")
        .body(PactBodies.createRequest("GRE_OBJECT", true, "203.0.113.9"))
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.createdTunnel("GRE_OBJECT", true, "203.0.113.9"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createWithObjectTarget")
  void createWithObjectTarget(MockServer mockServer) {
    // no option: the object-form target makes the client send x-magic-new-hc-target: true
    GreTunnel tunnel = client(mockServer).createGreTunnel(ACCOUNT, request("GRE_OBJECT", HealthCheckTarget.ofSaved("203.0.113.9")));

    assertThat(tunnel.getId()).matches(PactBodies.ID);
    assertThat(tunnel.getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofSavedAndEffective("203.0.113.9", "203.0.113.9"));
    assertThat(tunnel.getCreatedOn()).isEqualTo(tunnel.getModifiedOn());
  }

  // ---- create, target in string form (header false, sent explicitly: Pact cannot assert a header's absence) ----

  @Pact(consumer = CONSUMER)
  V4Pact createWithStringTarget(PactDslWithProvider builder) {
    return post(builder.given(NO_TUNNELS).uponReceiving("a create with x-magic-new-hc-target false and a string target"), "false")
        .body(PactBodies.createRequest("GRE_STRING", false, "203.0.113.9"))
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.createdTunnel("GRE_STRING", false, "203.0.113.9"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createWithStringTarget")
  void createWithStringTarget(MockServer mockServer) {
    GreTunnel tunnel = client(mockServer).createGreTunnel(ACCOUNT, request("GRE_STRING", HealthCheckTarget.ofAddress("203.0.113.9")));

    assertThat(tunnel.getName()).isEqualTo("GRE_STRING");
    assertThat(tunnel.getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofAddress("203.0.113.9"));
  }

  // ---- create of several at once: the wrapped body, in both target forms ----

  @Pact(consumer = CONSUMER)
  V4Pact createSeveralWithObjectTargets(PactDslWithProvider builder) {
    return createSeveral(builder, true);
  }

  @Test
  @PactTestFor(pactMethod = "createSeveralWithObjectTargets")
  void createSeveralWithObjectTargets(MockServer mockServer) {
    List<GreTunnel> created = client(mockServer).createGreTunnels(ACCOUNT, List.of(
        request("GRE_MANY_1", HealthCheckTarget.ofSaved("203.0.113.9")),
        request("GRE_MANY_2", HealthCheckTarget.ofSaved("203.0.113.9"))));

    assertThat(created).extracting(GreTunnel::getName).containsExactly("GRE_MANY_1", "GRE_MANY_2");
    assertThat(created.get(1).getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofSavedAndEffective("203.0.113.9", "203.0.113.9"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createSeveralWithStringTargets(PactDslWithProvider builder) {
    return createSeveral(builder, false);
  }

  @Test
  @PactTestFor(pactMethod = "createSeveralWithStringTargets")
  void createSeveralWithStringTargets(MockServer mockServer) {
    List<GreTunnel> created = client(mockServer).createGreTunnels(ACCOUNT, List.of(
        request("GRE_MANY_1", HealthCheckTarget.ofAddress("203.0.113.9")),
        request("GRE_MANY_2", HealthCheckTarget.ofAddress("203.0.113.9"))));

    assertThat(created).extracting(GreTunnel::getName).containsExactly("GRE_MANY_1", "GRE_MANY_2");
    assertThat(created.get(0).getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofAddress("203.0.113.9"));
  }

  // ---- validate_only: the same shape, nothing stored ----

  @Pact(consumer = CONSUMER)
  V4Pact validateOnly(PactDslWithProvider builder) {
    return post(builder.given(NO_TUNNELS).uponReceiving("a create with validate_only=true"), "false")
        .query("validate_only=true")
        .body(PactBodies.createRequest("GRE_CHECK", false, "203.0.113.9"))
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.createdTunnel("GRE_CHECK", false, "203.0.113.9"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "validateOnly")
  void validateOnly(MockServer mockServer) {
    GreTunnel tunnel = client(mockServer).createGreTunnel(ACCOUNT, request("GRE_CHECK", HealthCheckTarget.ofAddress("203.0.113.9")),
        WriteOptions.defaults().withValidateOnly(true));

    assertThat(tunnel.getName()).isEqualTo("GRE_CHECK");
    assertThat(tunnel.getId()).matches(PactBodies.ID);
  }

  // ---- a rule broken: 400 with the failure envelope pointing at the field ----

  @Pact(consumer = CONSUMER)
  V4Pact ruleBroken(PactDslWithProvider builder) {
    return post(builder.given(NO_TUNNELS).uponReceiving("a create whose name breaks the naming rule"), "false")
        .body(PactBodies.createRequest("GRE-BAD-NAME", false, "203.0.113.9"))
        .willRespondWith()
        .status(400)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.failure(1003, "/name"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "ruleBroken")
  void ruleBroken(MockServer mockServer) {
    BadRequestException refused = catchThrowableOfType(BadRequestException.class,
        () -> client(mockServer).createGreTunnel(ACCOUNT, request("GRE-BAD-NAME", HealthCheckTarget.ofAddress("203.0.113.9")),
            WriteOptions.defaults()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errors()).isNotEmpty();
    assertThat(refused.errors().get(0).pointer()).isEqualTo("/name");
  }

  // ---- duplicate name: 400 (never 409, which official clients retry) ----

  @Pact(consumer = CONSUMER)
  V4Pact duplicateName(PactDslWithProvider builder) {
    return post(builder.given(TUNNEL_EXISTS, Map.of("account_id", ACCOUNT, "name", "GRE_TAKEN"))
            .uponReceiving("a create whose name is already used in the account"), "false")
        .body(PactBodies.createRequest("GRE_TAKEN", false, "203.0.113.9"))
        .willRespondWith()
        .status(400)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.failureWithCode(1004, "/name"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "duplicateName")
  void duplicateName(MockServer mockServer) {
    BadRequestException refused = catchThrowableOfType(BadRequestException.class,
        () -> client(mockServer).createGreTunnel(ACCOUNT, request("GRE_TAKEN", HealthCheckTarget.ofAddress("203.0.113.9")),
            WriteOptions.defaults()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errors().get(0).code()).isEqualTo(1004);
  }

  // ---- credentials ----

  @Pact(consumer = CONSUMER)
  V4Pact unknownToken(PactDslWithProvider builder) {
    return builder.given(NO_TUNNELS)
        .uponReceiving("a create with an unknown API token")
        .path(TUNNELS_PATH)
        .method("POST")
        .headers(Map.of("Authorization", "Bearer UnknownToken000000000000000000000000000", "x-magic-new-hc-target", "false"))
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.createRequest("GRE_AUTH", false, "203.0.113.9"))
        .willRespondWith()
        .status(403)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.failureWithCode(9109, null))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "unknownToken")
  void unknownToken(MockServer mockServer) {
    GreTunnelsClient client = GreTunnelsClient.builder()
        .baseUrl(mockServer.getUrl() + ContractParties.BASE_PATH)
        .apiToken("UnknownToken000000000000000000000000000")
        .maxRetries(0)
        .build();

    PermissionDeniedException refused = catchThrowableOfType(PermissionDeniedException.class,
        () -> client.createGreTunnel(ACCOUNT, request("GRE_AUTH", HealthCheckTarget.ofAddress("203.0.113.9"))));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errors().get(0).code()).isEqualTo(9109);
  }

  @Pact(consumer = CONSUMER)
  V4Pact unknownKey(PactDslWithProvider builder) {
    return createWithKey(builder, "a create with an unknown e-mail and API key", "0000000000000000000000000000000000000")
        .status(403)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.failureWithCode(9103, null))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "unknownKey")
  void unknownKey(MockServer mockServer) {
    GreTunnelsClient client = GreTunnelsClient.builder()
        .baseUrl(mockServer.getUrl() + ContractParties.BASE_PATH)
        .apiKey(ContractParties.EMAIL, "0000000000000000000000000000000000000")
        .maxRetries(0)
        .build();

    PermissionDeniedException refused = catchThrowableOfType(PermissionDeniedException.class,
        () -> client.createGreTunnel(ACCOUNT, request("GRE_AUTH", HealthCheckTarget.ofAddress("203.0.113.9"))));

    assertThat(refused.errors().get(0).code()).isEqualTo(9103);
  }

  /** Evidence A2 #4 (cloudflare/cloudflare-typescript#161): a malformed X-Auth-Key is 400 6003, error_chain 6103. */
  @Pact(consumer = CONSUMER)
  V4Pact malformedKey(PactDslWithProvider builder) {
    return createWithKey(builder, "a create whose X-Auth-Key is no Global API key", MALFORMED_KEY)
        .status(400)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.invalidHeaders(6103))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "malformedKey")
  void malformedKey(MockServer mockServer) {
    GreTunnelsClient client = GreTunnelsClient.builder()
        .baseUrl(mockServer.getUrl() + ContractParties.BASE_PATH)
        .apiKey(ContractParties.EMAIL, MALFORMED_KEY)
        .maxRetries(0)
        .build();

    AuthenticationException refused = catchThrowableOfType(AuthenticationException.class,
        () -> client.createGreTunnel(ACCOUNT, request("GRE_AUTH", HealthCheckTarget.ofAddress("203.0.113.9"))));

    assertThat(refused.errors().get(0).code()).isEqualTo(6003);
    assertThat(refused.errors().get(0).errorChain().get(0).code()).isEqualTo(6103);
  }

  @Pact(consumer = CONSUMER)
  V4Pact missingCredentials(PactDslWithProvider builder) {
    return builder.given(NO_TUNNELS)
        .uponReceiving("a create without credentials (a gateway was to add them and did not)")
        .path(TUNNELS_PATH)
        .method("POST")
        .headers(Map.of("x-magic-new-hc-target", "false"))
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.createRequest("GRE_AUTH", false, "203.0.113.9"))
        .willRespondWith()
        .status(400)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.failureWithCode(9106, null))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "missingCredentials")
  void missingCredentials(MockServer mockServer) {
    GreTunnelsClient client = GreTunnelsClient.builder()
        .baseUrl(mockServer.getUrl() + ContractParties.BASE_PATH)
        .credentialsAddedByGateway()
        .maxRetries(0)
        .build();

    AuthenticationException refused = catchThrowableOfType(AuthenticationException.class,
        () -> client.createGreTunnel(ACCOUNT, request("GRE_AUTH", HealthCheckTarget.ofAddress("203.0.113.9"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errors().get(0).code()).isEqualTo(9106);
  }

  // ---- helpers ----

  /** A create of two tunnels in one wrapped body, both targets in one form; the answer lists them in order. */
  private static V4Pact createSeveral(PactDslWithProvider builder, boolean objectTarget) {
    String form = objectTarget ? "object" : "string";
    return post(builder.given(NO_TUNNELS).uponReceiving("a create of several tunnels with " + form + " targets"),
        String.valueOf(objectTarget))
        .body(PactBodies.createSeveralRequest(objectTarget, "203.0.113.9", "GRE_MANY_1", "GRE_MANY_2"))
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.tunnelList(PactBodies.Expected.created("GRE_MANY_1", objectTarget, "203.0.113.9"),
            PactBodies.Expected.created("GRE_MANY_2", objectTarget, "203.0.113.9")))
        .toPact(V4Pact.class);
  }

  private static PactDslRequestWithPath post(au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath request, String newTargetHeader) {
    return request
        .path(TUNNELS_PATH)
        .method("POST")
        .headers(Map.of("Authorization", "Bearer " + TOKEN, "x-magic-new-hc-target", newTargetHeader))
        .matchHeader("Content-Type", JSON, "application/json");
  }

  private static GreTunnelsClient client(MockServer mockServer) {
    return ConsumerSide.client(mockServer, TOKEN);
  }

  /** The request as a caller builds it: the required fields and a request-type health check. */
  private static GreTunnelCreateRequest request(String name, HealthCheckTarget target) {
    return GreTunnelCreateRequest.builder()
        .name(name)
        .cloudflareGreEndpoint("203.0.113.1")
        .customerGreEndpoint("203.0.113.2")
        .interfaceAddress("10.212.0.0/31")
        .healthCheck(GreTunnelHealthCheckRequest.builder().type(HealthCheckType.REQUEST).target(target).build())
        .build();
  }

  /** A create of GRE_AUTH with the contract's e-mail and this Global API key, up to its answer. */
  private static PactDslResponse createWithKey(PactDslWithProvider builder, String description, String key) {
    return builder.given(NO_TUNNELS)
        .uponReceiving(description)
        .path(TUNNELS_PATH)
        .method("POST")
        .headers(Map.of("X-Auth-Email", ContractParties.EMAIL, "X-Auth-Key", key, "x-magic-new-hc-target", "false"))
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.createRequest("GRE_AUTH", false, "203.0.113.9"))
        .willRespondWith();
  }
}
