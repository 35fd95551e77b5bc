package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static dev.magicgre.client.TestRequests.TUNNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateItem;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Wrong arguments are refused before any I/O: the server listening next door never sees a request. */
class ArgumentChecksTest {

  private static ScriptedServer server;
  private static GreTunnelsClient client;

  @BeforeAll
  static void start() {
    server = ScriptedServer.start().script(ScriptedReply.created());
    client = GreTunnelsClient.builder().baseUrl(server.baseUrl()).apiToken("any-token").build();
  }

  @AfterEach
  void noRequestReachedTheServer() {
    assertThat(server.requests()).isEmpty();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aBlankAccountIdIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> client.createGreTunnel(" ", TestRequests.valid("GRE_1")))
        .withMessageContaining("accountId");
    assertThatIllegalArgumentException().isThrownBy(() -> client.createGreTunnel(null, TestRequests.valid("GRE_1")))
        .withMessageContaining("accountId");
  }

  @Test
  void anAccountIdOver32CharactersIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.createGreTunnel(ACCOUNT + "0", TestRequests.valid("GRE_1")))
        .withMessageContaining("accountId").withMessageContaining("32");
  }

  @Test
  void aNullRequestIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> client.createGreTunnel(ACCOUNT, null))
        .withMessageContaining("request");
  }

  @Test
  void nullOptionsAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1"), null))
        .withMessageContaining("options");
    assertThatIllegalArgumentException().isThrownBy(() -> client.listGreTunnels(ACCOUNT, null))
        .withMessageContaining("ReadOptions.defaults()");
    assertThatIllegalArgumentException().isThrownBy(() -> client.deleteGreTunnel(ACCOUNT, TUNNEL_ID, null))
        .withMessageContaining("WriteOptions.defaults()");
  }

  @Test
  void everyOperationChecksTheAccountId() {
    assertThatIllegalArgumentException().isThrownBy(() -> client.listGreTunnels(""));
    assertThatIllegalArgumentException().isThrownBy(() -> client.getGreTunnel(ACCOUNT + "0", TUNNEL_ID));
    assertThatIllegalArgumentException().isThrownBy(() -> client.createGreTunnels(null, List.of(TestRequests.valid("GRE_1"))));
    assertThatIllegalArgumentException().isThrownBy(() -> client.updateGreTunnel(" ", TUNNEL_ID, TestRequests.update("GRE_1")));
    assertThatIllegalArgumentException().isThrownBy(
        () -> client.updateGreTunnels(ACCOUNT + "0", List.of(TestRequests.updateItem(TUNNEL_ID, "GRE_1"))));
    assertThatIllegalArgumentException().isThrownBy(() -> client.deleteGreTunnel("", TUNNEL_ID))
        .withMessage("accountId must not be blank");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"C4A7362D577A6C3019A474FD6F485821",
      "c4a7362d577a6c3019a474fd6f48582", "c4a7362d577a6c3019a474fd6f4858210", "c4a7362d-577a-6c30-19a4-74fd6f485821",
      "../../../../accounts/other", "g4a7362d577a6c3019a474fd6f485821"})
  void aMalformedTunnelIdIsRefusedByEveryOperationThatTakesOne(String id) {
    String expected = "tunnelId must be 32 lowercase hexadecimal characters";
    assertThatIllegalArgumentException().isThrownBy(() -> client.getGreTunnel(ACCOUNT, id)).withMessageStartingWith(expected);
    assertThatIllegalArgumentException().isThrownBy(() -> client.updateGreTunnel(ACCOUNT, id, TestRequests.update("GRE_1")))
        .withMessageStartingWith(expected);
    assertThatIllegalArgumentException().isThrownBy(() -> client.deleteGreTunnel(ACCOUNT, id)).withMessageStartingWith(expected);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.updateGreTunnels(ACCOUNT, List.of(TestRequests.updateItem(id, "GRE_1"))))
        .withMessageStartingWith("request field gre_tunnels[0].id must be 32 lowercase hexadecimal characters");
  }

  @Test
  void aBlankOrMissingTunnelIdIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> client.getGreTunnel(ACCOUNT, null))
        .withMessage("tunnelId must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> client.deleteGreTunnel(ACCOUNT, ""))
        .withMessage("tunnelId must not be blank");
    GreTunnelsUpdateItem withoutId = TestRequests.updateItem(TUNNEL_ID, "GRE_1");
    withoutId.setId(null);
    assertThatIllegalArgumentException().isThrownBy(() -> client.updateGreTunnels(ACCOUNT, List.of(withoutId)))
        .withMessage("request field gre_tunnels[0].id is required");
  }

  @Test
  void nullEmptyOrHoleyListsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> client.createGreTunnels(ACCOUNT, null))
        .withMessage("requests must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> client.createGreTunnels(ACCOUNT, List.of()))
        .withMessage("requests must hold at least one tunnel");
    assertThatIllegalArgumentException().isThrownBy(() -> client.updateGreTunnels(ACCOUNT, List.of()))
        .withMessage("updates must hold at least one tunnel");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.createGreTunnels(ACCOUNT, Arrays.asList(TestRequests.valid("GRE_1"), null)))
        .withMessage("gre_tunnels[1] must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> client.updateGreTunnel(ACCOUNT, TUNNEL_ID, null))
        .withMessage("request must not be null");
  }

  @Test
  void aMissingFieldOfABulkEntryOrAnUpdateIsNamedWithItsPlace() {
    GreTunnelCreateRequest second = TestRequests.valid("GRE_2");
    second.setInterfaceAddress(null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.createGreTunnels(ACCOUNT, List.of(TestRequests.valid("GRE_1"), second)))
        .withMessage("request field gre_tunnels[1].interface_address is required");

    GreTunnelsUpdateItem item = TestRequests.updateItem(TUNNEL_ID, "GRE_1");
    item.setCustomerGreEndpoint(null);
    assertThatIllegalArgumentException().isThrownBy(() -> client.updateGreTunnels(ACCOUNT, List.of(item)))
        .withMessage("request field gre_tunnels[0].customer_gre_endpoint is required");

    GreTunnelUpdateRequest update = TestRequests.update("GRE_1");
    update.setName(null);
    assertThatIllegalArgumentException().isThrownBy(() -> client.updateGreTunnel(ACCOUNT, TUNNEL_ID, update))
        .withMessage("request field name is required");
  }

  @Test
  void anOptionContradictingTheTargetIsRefusedAndSaysWhy() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.createGreTunnel(ACCOUNT, TestRequests.withObjectTarget("GRE_1", ""),
            WriteOptions.defaults().withNewTargetFormat(false)))
        .withMessageContaining("withNewTargetFormat(false) asks for the string form")
        .withMessageContaining("the target at health_check.target is in the object form")
        .withMessageContaining("1014")
        .withMessageContaining("Leave the option out");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.updateGreTunnel(ACCOUNT, TUNNEL_ID,
            TestRequests.update("GRE_1").healthCheck(TestRequests.stringTarget("203.0.113.2")),
            WriteOptions.defaults().withNewTargetFormat(true)))
        .withMessageContaining("withNewTargetFormat(true) asks for the object form")
        .withMessageContaining("is in the string form");
  }

  @Test
  void mixedTargetFormsInOneBulkRequestAreRefusedNamingThePlaces() {
    List<GreTunnelCreateRequest> mixed = List.of(TestRequests.withObjectTarget("GRE_1", ""), TestRequests.valid("GRE_2"),
        TestRequests.withStringTarget("GRE_3", "203.0.113.2"));
    assertThatIllegalArgumentException().isThrownBy(() -> client.createGreTunnels(ACCOUNT, mixed))
        .withMessageStartingWith("health_check.target is in object form at gre_tunnels[0].health_check.target "
            + "and in string form at gre_tunnels[2].health_check.target: one request takes one form");

    List<GreTunnelsUpdateItem> mixedUpdates = List.of(
        TestRequests.updateItem(TUNNEL_ID, "GRE_1").healthCheck(TestRequests.stringTarget("")),
        TestRequests.updateItem("0123456789abcdef0123456789abcdef", "GRE_2").healthCheck(TestRequests.objectTarget("")));
    assertThatIllegalArgumentException().isThrownBy(() -> client.updateGreTunnels(ACCOUNT, mixedUpdates))
        .withMessageContaining("object form at gre_tunnels[1].health_check.target");
  }

  static Stream<Arguments> missingFields() {
    return Stream.of(
        Arguments.of("name", (Consumer<GreTunnelCreateRequest>) r -> r.setName(null)),
        Arguments.of("cloudflare_gre_endpoint", (Consumer<GreTunnelCreateRequest>) r -> r.setCloudflareGreEndpoint(null)),
        Arguments.of("customer_gre_endpoint", (Consumer<GreTunnelCreateRequest>) r -> r.setCustomerGreEndpoint(null)),
        Arguments.of("interface_address", (Consumer<GreTunnelCreateRequest>) r -> r.setInterfaceAddress(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingFields")
  void aMissingRequiredFieldIsNamed(String field, Consumer<GreTunnelCreateRequest> removal) {
    GreTunnelCreateRequest request = TestRequests.valid("GRE_1");
    removal.accept(request);

    assertThatIllegalArgumentException().isThrownBy(() -> client.createGreTunnel(ACCOUNT, request))
        .withMessage("request field " + field + " is required");
  }
}
