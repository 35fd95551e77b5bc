package dev.magicgre.contract;

import static dev.magicgre.contract.ContractParties.ACCOUNT;
import static dev.magicgre.contract.ContractParties.CONSUMER;
import static dev.magicgre.contract.ContractParties.NO_TUNNELS;
import static dev.magicgre.contract.ContractParties.PROVIDER;
import static dev.magicgre.contract.ContractParties.TOKEN;
import static dev.magicgre.contract.ContractParties.TUNNELS_PATH;
import static dev.magicgre.contract.ContractParties.TUNNEL_EXISTS;
import static dev.magicgre.contract.ContractParties.TWO_TUNNELS;
import static dev.magicgre.contract.PactBodies.EXAMPLE_ID;
import static dev.magicgre.contract.PactBodies.OTHER_EXAMPLE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.magicgre.client.BadRequestException;
import dev.magicgre.client.GreTunnelsClient;
import dev.magicgre.client.NotFoundException;
import dev.magicgre.client.PermissionDeniedException;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateItem;
import dev.magicgre.model.HealthCheckTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rest of the tunnel's life as the Java client needs it: list, get, update (one, several), delete, the
 * 404 of an unknown id and a write refused for a read-only token. Ids come from the provider state (Pact V4
 * {@code fromProviderState}): the consumer side sees {@link PactBodies#EXAMPLE_ID}, the provider replaces it
 * by the id its state generated, so no pact hard-codes an id.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class GreTunnelLifecyclePactTest {

  private static final String JSON = ConsumerSide.JSON;
  private static final String ONE_TUNNEL_PATH = TUNNELS_PATH + "/" + EXAMPLE_ID;

  // ---- list ----

  @Pact(consumer = CONSUMER)
  V4Pact listEmpty(PactDslWithProvider builder) {
    return request(builder.given(NO_TUNNELS).uponReceiving("a list of an account without tunnels"), "GET", TUNNELS_PATH)
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.tunnelList())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listEmpty")
  void listEmpty(MockServer mockServer) {
    assertThat(client(mockServer).listGreTunnels(ACCOUNT)).isEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact listTwo(PactDslWithProvider builder) {
    return request(builder.given(TWO_TUNNELS, twoNames()).uponReceiving("a list of an account with two tunnels"),
        "GET", TUNNELS_PATH)
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.tunnelList(PactBodies.Expected.seeded("GRE_A", "first_id", true),
            PactBodies.Expected.seeded("GRE_B", "second_id", true)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listTwo")
  void listTwo(MockServer mockServer) {
    List<GreTunnel> tunnels = client(mockServer).listGreTunnels(ACCOUNT);

    assertThat(tunnels).extracting(GreTunnel::getName).as("in creation order").containsExactly("GRE_A", "GRE_B");
    assertThat(tunnels.get(0).getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofSavedAndEffective("", "203.0.113.2"));
  }

  // ---- get ----

  @Pact(consumer = CONSUMER)
  V4Pact get(PactDslWithProvider builder) {
    return request(builder.given(TUNNEL_EXISTS, oneName("GRE_GET")).uponReceiving("a get of a tunnel by its id"), "GET", "id")
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.tunnelUnder("gre_tunnel", null, PactBodies.Expected.seeded("GRE_GET", "id", true)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "get")
  void get(MockServer mockServer) {
    GreTunnel tunnel = client(mockServer).getGreTunnel(ACCOUNT, EXAMPLE_ID);

    assertThat(tunnel.getId()).isEqualTo(EXAMPLE_ID);
    assertThat(tunnel.getName()).isEqualTo("GRE_GET");
    assertThat(tunnel.getHealthCheck().getTarget().effective()).isEqualTo("203.0.113.2");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getUnknown(PactDslWithProvider builder) {
    return notFound(request(builder.given(NO_TUNNELS).uponReceiving("a get of an id no tunnel has"), "GET", "unknown_id"));
  }

  @Test
  @PactTestFor(pactMethod = "getUnknown")
  void getUnknown(MockServer mockServer) {
    NotFoundException missing = catchThrowableOfType(NotFoundException.class,
        () -> client(mockServer).getGreTunnel(ACCOUNT, EXAMPLE_ID));

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.errors().get(0).code()).isEqualTo(1024);
  }

  // ---- update one ----

  @Pact(consumer = CONSUMER)
  V4Pact update(PactDslWithProvider builder) {
    return request(builder.given(TUNNEL_EXISTS, oneName("GRE_OLD")).uponReceiving("an update renaming a tunnel"), "PUT", "id")
        .body(PactBodies.updateRequest("GRE_NEW"))
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.tunnelUnder("modified_gre_tunnel", "modified", PactBodies.Expected.seeded("GRE_NEW", "id", true)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "update")
  void update(MockServer mockServer) {
    GreTunnel renamed = client(mockServer).updateGreTunnel(ACCOUNT, EXAMPLE_ID, updateRequest("GRE_NEW"));

    assertThat(renamed.getId()).isEqualTo(EXAMPLE_ID);
    assertThat(renamed.getName()).isEqualTo("GRE_NEW");
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateToATakenName(PactDslWithProvider builder) {
    return request(builder.given(TWO_TUNNELS, twoNames()).uponReceiving("an update renaming a tunnel to another's name"),
        "PUT", "first_id")
        .body(PactBodies.updateRequest("GRE_B"))
        .willRespondWith()
        .status(400)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.failureWithCode(1004, "/name"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateToATakenName")
  void updateToATakenName(MockServer mockServer) {
    BadRequestException refused = catchThrowableOfType(BadRequestException.class,
        () -> client(mockServer).updateGreTunnel(ACCOUNT, EXAMPLE_ID, updateRequest("GRE_B")));

    assertThat(refused.errors().get(0).code()).isEqualTo(1004);
    assertThat(refused.errors().get(0).pointer()).isEqualTo("/name");
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateUnknown(PactDslWithProvider builder) {
    return notFound(request(builder.given(NO_TUNNELS).uponReceiving("an update of an id no tunnel has"), "PUT", "unknown_id")
        .body(PactBodies.updateRequest("GRE_NEW")));
  }

  @Test
  @PactTestFor(pactMethod = "updateUnknown")
  void updateUnknown(MockServer mockServer) {
    NotFoundException missing = catchThrowableOfType(NotFoundException.class,
        () -> client(mockServer).updateGreTunnel(ACCOUNT, EXAMPLE_ID, updateRequest("GRE_NEW")));

    assertThat(missing.errors().get(0).code()).isEqualTo(1024);
  }

  // ---- update several ----

  @Pact(consumer = CONSUMER)
  V4Pact updateSeveral(PactDslWithProvider builder) {
    return request(builder.given(TWO_TUNNELS, twoNames()).uponReceiving("an update of two tunnels at once"), "PUT", TUNNELS_PATH)
        .body(PactBodies.updateSeveralRequest(new String[] {"first_id", "second_id"}, new String[] {"GRE_C", "GRE_D"}))
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.modifiedTunnels(PactBodies.Expected.seeded("GRE_C", "first_id", true),
            PactBodies.Expected.seeded("GRE_D", "second_id", true)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateSeveral")
  void updateSeveral(MockServer mockServer) {
    List<GreTunnel> modified = client(mockServer).updateGreTunnels(ACCOUNT, List.of(
        updateItem(EXAMPLE_ID, "GRE_C"), updateItem(OTHER_EXAMPLE_ID, "GRE_D")));

    assertThat(modified).extracting(GreTunnel::getName).as("in the order of the request").containsExactly("GRE_C", "GRE_D");
  }

  // ---- delete ----

  @Pact(consumer = CONSUMER)
  V4Pact delete(PactDslWithProvider builder) {
    return request(builder.given(TUNNEL_EXISTS, oneName("GRE_DEL")).uponReceiving("a delete of a tunnel"), "DELETE", "id")
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.tunnelUnder("deleted_gre_tunnel", "deleted", PactBodies.Expected.seeded("GRE_DEL", "id", true)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "delete")
  void delete(MockServer mockServer) {
    GreTunnel deleted = client(mockServer).deleteGreTunnel(ACCOUNT, EXAMPLE_ID);

    assertThat(deleted.getId()).isEqualTo(EXAMPLE_ID);
    assertThat(deleted.getName()).isEqualTo("GRE_DEL");
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteUnknown(PactDslWithProvider builder) {
    return notFound(request(builder.given(NO_TUNNELS).uponReceiving("a delete of an id no tunnel has"), "DELETE", "unknown_id"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteUnknown")
  void deleteUnknown(MockServer mockServer) {
    NotFoundException missing = catchThrowableOfType(NotFoundException.class,
        () -> client(mockServer).deleteGreTunnel(ACCOUNT, EXAMPLE_ID));

    assertThat(missing.errors().get(0).code()).isEqualTo(1024);
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteWithReadOnlyToken(PactDslWithProvider builder) {
    return withHeaders(builder.given(TUNNEL_EXISTS, oneName("GRE_KEEP")).uponReceiving("a delete with a read-only token"),
        ContractParties.READ_ONLY_TOKEN)
        .pathFromProviderState(String.format(ContractParties.TUNNEL_PATH_TEMPLATE, "id"), ONE_TUNNEL_PATH)
        .method("DELETE")
        .willRespondWith()
        .status(403)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.gatewayFailureWithCode(10000))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteWithReadOnlyToken")
  void deleteWithReadOnlyToken(MockServer mockServer) {
    PermissionDeniedException refused = catchThrowableOfType(PermissionDeniedException.class,
        () -> ConsumerSide.client(mockServer, ContractParties.READ_ONLY_TOKEN).deleteGreTunnel(ACCOUNT, EXAMPLE_ID));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errors().get(0).code()).isEqualTo(10000);
  }

  // ---- helpers ----

  /** The answer to an id no tunnel has: 404 with code 1024 ("GRE tunnel not found"). */
  private static V4Pact notFound(PactDslRequestWithPath request) {
    return request.willRespondWith()
        .status(404)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(PactBodies.failureWithCode(1024, null))
        .toPact(V4Pact.class);
  }

  /**
   * The request as the facade sends it with the default options (object form), on the collection path, or
   * on one tunnel's path whose id is the provider state's value named {@code pathOrIdName}.
   */
  private static PactDslRequestWithPath request(PactDslRequestWithoutPath request, String method, String pathOrIdName) {
    PactDslRequestWithoutPath withHeaders = withHeaders(request, TOKEN);
    PactDslRequestWithPath withPath = pathOrIdName.startsWith("/")
        ? withHeaders.path(pathOrIdName)
        : withHeaders.pathFromProviderState(String.format(ContractParties.TUNNEL_PATH_TEMPLATE, pathOrIdName), ONE_TUNNEL_PATH);
    withPath = withPath.method(method);
    // a body-carrying request: Pact's DSL would otherwise expect its own charset parameter
    return "PUT".equals(method) ? withPath.matchHeader("Content-Type", JSON, "application/json") : withPath;
  }

  private static PactDslRequestWithoutPath withHeaders(PactDslRequestWithoutPath request, String token) {
    return request.headers(Map.of("Authorization", "Bearer " + token, "x-magic-new-hc-target", "true"));
  }

  private static Map<String, Object> oneName(String name) {
    return Map.of("account_id", ACCOUNT, "name", name);
  }

  private static Map<String, Object> twoNames() {
    return Map.of("account_id", ACCOUNT, "first", "GRE_A", "second", "GRE_B");
  }

  private static GreTunnelsClient client(MockServer mockServer) {
    return ConsumerSide.client(mockServer, TOKEN);
  }

  private static GreTunnelUpdateRequest updateRequest(String name) {
    return new GreTunnelUpdateRequest(name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }

  private static GreTunnelsUpdateItem updateItem(String id, String name) {
    return new GreTunnelsUpdateItem(id, name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }
}
