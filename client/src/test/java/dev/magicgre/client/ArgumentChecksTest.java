package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.magicgre.model.GreTunnelCreateRequest;
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
