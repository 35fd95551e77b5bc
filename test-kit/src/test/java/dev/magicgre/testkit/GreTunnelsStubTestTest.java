package dev.magicgre.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.magicgre.client.WriteOptions;
import dev.magicgre.client.GreTunnelsClient;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The declarative form: one stub per class, state emptied before each test, the four parameters injected. */
@GreTunnelsStubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GreTunnelsStubTestTest {

  static final String ACCOUNT = StubState.EXAMPLE_ACCOUNT;
  static final List<Integer> PORTS = new ArrayList<>();

  static GreTunnelCreateRequest request(String name) {
    return new GreTunnelCreateRequest(name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }

  @BeforeAll
  static void lifecycleMethodsGetTheParametersToo(GreTunnelsStubRuntimeInfo stub) {
    PORTS.add(stub.port());
  }

  @Test
  @Order(1)
  void theRuntimeInfoNamesALoopbackStubOnAnEphemeralPort(GreTunnelsStubRuntimeInfo stub) {
    assertThat(stub.port()).isPositive().isNotEqualTo(8080);
    assertThat(stub.baseUrl()).isEqualTo("http://127.0.0.1:" + stub.port() + "/client/v4");
    assertThat(stub.controlUrl()).isEqualTo("http://127.0.0.1:" + stub.port() + "/__stub");
    PORTS.add(stub.port());
  }

  @Test
  @Order(2)
  void theInjectedClientCreatesOnTheStubAndTheStateSeesIt(GreTunnelsClient client, StubState state,
      GreTunnelsStubRuntimeInfo stub) {
    GreTunnel created = client.createGreTunnel(ACCOUNT, request("GRE_1"));

    assertThat(state.tunnels(ACCOUNT)).extracting(GreTunnel::getId).containsExactly(created.getId());
    assertThat(state.tunnel(ACCOUNT, created.getId())).isPresent();
    PORTS.add(stub.port());
  }

  @Test
  @Order(3)
  void theStateIsEmptiedBeforeEachTest(StubState state, GreTunnelsStubRuntimeInfo stub) {
    assertThat(state.count()).as("the tunnel of the test before").isZero();
    PORTS.add(stub.port());
  }

  @Test
  @Order(4)
  void oneStubServesTheWholeClass() {
    assertThat(PORTS).hasSizeGreaterThanOrEqualTo(4).containsOnly(PORTS.get(0));
  }

  @Test
  void aSeedFillsTheDefaultsMakesAnIdAndIsSeenByTheApi(StubState state, GreTunnelsClient client) {
    GreTunnel seeded = state.seedTunnel(ACCOUNT, Map.of("name", "GRE_9", "mtu", 1400, "description", "seeded"));

    assertThat(seeded.getId()).matches("[0-9a-f]{32}");
    assertThat(seeded.getMtu()).isEqualTo(1400);
    assertThat(seeded.getTtl()).isEqualTo(64);
    assertThat(seeded.getInterfaceAddress()).isEqualTo("10.212.0.0/31");
    assertThat(seeded.getCreatedOn()).isNotNull();
    assertThatThrownBy(() -> client.createGreTunnel(ACCOUNT, request("GRE_9")))
        .isInstanceOf(dev.magicgre.client.BadRequestException.class);
    assertThat(state.tunnels(ACCOUNT)).containsExactly(seeded);
  }

  @Test
  void aSeedThatBreaksARuleIsRefusedWholeWithTheRuleNamed(StubState state) {
    assertThatThrownBy(() -> state.seedTunnels(ACCOUNT, List.of(Map.of("name", "OK"), Map.of("ttl", 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/1/ttl");
    assertThat(state.count()).isZero();
  }

  @Test
  void resetEmptiesOneAccountOrAll(StubState state) {
    String other = "9a7806061c88ada191ed06f989cc3dac";
    state.seedTunnel(ACCOUNT, "A");
    state.seedTunnel(other, "B");

    state.reset(ACCOUNT);
    assertThat(state.tunnels(ACCOUNT)).isEmpty();
    assertThat(state.tunnels(other)).hasSize(1);

    state.reset();
    assertThat(state.count()).isZero();
  }

  @Test
  void theInjectedOptionsAreTheClientsDefaultsUnlessAFormIsChosen(WriteOptions options) {
    assertThat(options).isEqualTo(WriteOptions.defaults());
  }

  @Test
  void theControlApiAnswersOnTheStubsListener(GreTunnelsStubRuntimeInfo stub, StubState state) throws Exception {
    HttpRequest setup = HttpRequest.newBuilder(URI.create(stub.providerStatesUrl()))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"state\": \"a GRE tunnel exists\", \"params\": {\"name\": \"PACT\"}}"))
        .build();

    HttpResponse<String> reply = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(setup, HttpResponse.BodyHandlers.ofString());

    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    assertThat(state.tunnels(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("PACT");
  }

  @Nested
  class InANestedClass {

    @Test
    void theSameStubIsInjected(GreTunnelsStubRuntimeInfo stub, StubState state) {
      assertThat(stub.port()).isEqualTo(PORTS.get(0));
      assertThat(state.count()).isZero();
    }
  }
}
