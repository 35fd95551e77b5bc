package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static dev.magicgre.client.TestRequests.TUNNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.client.ScriptedServer.RecordedRequest;
import dev.magicgre.model.GreTunnel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the client puts on the wire: method, path, headers (the explicit false included), query and the exact body. */
class RequestOnTheWireTest {

  private static final String MINIMAL_CREATE = "{\"name\":\"GRE_1\",\"cloudflare_gre_endpoint\":\"203.0.113.1\","
      + "\"customer_gre_endpoint\":\"203.0.113.2\",\"interface_address\":\"10.212.0.0/31\"}";

  private static ScriptedServer server;

  @BeforeAll
  static void start() {
    server = ScriptedServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static GreTunnelsClient tokenClient() {
    return GreTunnelsClient.builder().baseUrl(server.baseUrl() + "/").apiToken("wire-token").build();
  }

  private RecordedRequest onlyRequest() {
    assertThat(server.requests()).hasSize(1);
    return server.requests().get(0);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void everyOperationSendsItsMethodPathCredentialsAndJsonHeaders(Operation operation) {
    server.script(operation.success());

    operation.callOn(tokenClient());

    RecordedRequest request = onlyRequest();
    assertThat(request.method()).isEqualTo(operation.method());
    assertThat(request.path()).isEqualTo(operation.path());
    assertThat(request.query()).as("validate_only only when asked for").isNull();
    assertThat(request.headers()).containsEntry("Authorization", "Bearer wire-token")
        .containsEntry("User-Agent", GreTunnelsClient.USER_AGENT)
        .containsEntry("Accept", "application/json")
        .containsEntry("x-magic-new-hc-target", "true")
        .doesNotContainKeys("X-Auth-Email", "X-Auth-Key");
  }

  @Test
  void aMinimalCreateSendsExactlyTheFieldsTheCallerSet() {
    server.script(ScriptedReply.created());

    tokenClient().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1"));

    RecordedRequest request = onlyRequest();
    assertThat(request.body()).as("no mtu, ttl, automatic_return_routing or health check defaults")
        .isEqualTo(MINIMAL_CREATE);
    assertThat(request.headers().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void aStringTargetSendsTheHeaderFalseExplicitly() {
    server.script(ScriptedReply.created());

    tokenClient().createGreTunnel(ACCOUNT, TestRequests.withStringTarget("GRE_1", "203.0.113.2"));

    RecordedRequest request = onlyRequest();
    assertThat(request.headers()).containsEntry("x-magic-new-hc-target", "false");
    assertThat(request.body()).endsWith(",\"health_check\":{\"target\":\"203.0.113.2\"}}");
  }

  @Test
  void anObjectTargetSendsTheHeaderTrueWithoutAnyOption() {
    server.script(ScriptedReply.created());

    tokenClient().createGreTunnel(ACCOUNT, TestRequests.withObjectTarget("GRE_1", "203.0.113.2"));

    RecordedRequest request = onlyRequest();
    assertThat(request.headers()).containsEntry("x-magic-new-hc-target", "true");
    assertThat(request.body()).endsWith(",\"health_check\":{\"target\":{\"saved\":\"203.0.113.2\"}}}");
  }

  @Test
  void withoutATargetTheOptionChoosesTheAnswersForm() {
    server.script(ScriptedReply.created());

    tokenClient().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1"), WriteOptions.defaults().withNewTargetFormat(false));

    assertThat(onlyRequest().headers()).containsEntry("x-magic-new-hc-target", "false");
  }

  @Test
  void readsTakeTheStringFormAsAnOption() {
    server.script(Operation.GET.success());

    tokenClient().getGreTunnel(ACCOUNT, TUNNEL_ID, ReadOptions.defaults().withNewTargetFormat(false));

    RecordedRequest request = onlyRequest();
    assertThat(request.headers()).containsEntry("x-magic-new-hc-target", "false");
    assertThat(request.body()).isEmpty();
  }

  @Test
  void aCreateOfSeveralSendsTheWrappedBodyAndTheirTargetsForm() {
    server.script(Operation.CREATE_SEVERAL.success());

    List<GreTunnel> created = tokenClient().createGreTunnels(ACCOUNT,
        List.of(TestRequests.valid("GRE_1"), TestRequests.withStringTarget("GRE_2", "203.0.113.9")));

    RecordedRequest request = onlyRequest();
    assertThat(request.headers()).containsEntry("x-magic-new-hc-target", "false");
    assertThat(request.body()).isEqualTo("{\"gre_tunnels\":[" + MINIMAL_CREATE + ","
        + MINIMAL_CREATE.replace("GRE_1", "GRE_2").replace("}", ",\"health_check\":{\"target\":\"203.0.113.9\"}}") + "]}");
    assertThat(created).extracting(GreTunnel::getId).containsExactly(TUNNEL_ID);
  }

  @Test
  void anUpdateSendsTheTunnelAndAnUpdateOfSeveralTheWrappedItemsWithTheirIds() {
    server.script(Operation.UPDATE.success());
    tokenClient().updateGreTunnel(ACCOUNT, TUNNEL_ID, TestRequests.update("GRE_2"));
    assertThat(onlyRequest().body()).isEqualTo(MINIMAL_CREATE.replace("GRE_1", "GRE_2"));

    server.script(Operation.UPDATE_SEVERAL.success());
    tokenClient().updateGreTunnels(ACCOUNT, List.of(TestRequests.updateItem(TUNNEL_ID, "GRE_2")));
    assertThat(onlyRequest().body()).isEqualTo("{\"gre_tunnels\":[{\"id\":\"" + TUNNEL_ID + "\","
        + MINIMAL_CREATE.replace("GRE_1", "GRE_2").substring(1) + "]}");
  }

  @Test
  void aDeleteSendsNoBodyAsTheSdksDo() {
    server.script(Operation.DELETE.success());

    GreTunnel deleted = tokenClient().deleteGreTunnel(ACCOUNT, TUNNEL_ID);

    assertThat(onlyRequest().body()).isEmpty();
    assertThat(onlyRequest().headers()).containsEntry("Content-Length", "0");
    assertThat(deleted.getId()).isEqualTo(TUNNEL_ID);
  }

  @Test
  void validateOnlyIsSentAsQueryOnlyWhenTrue() {
    server.script(Operation.DELETE.success());

    tokenClient().deleteGreTunnel(ACCOUNT, TUNNEL_ID, WriteOptions.defaults().withValidateOnly(true));

    assertThat(onlyRequest().query()).isEqualTo("validate_only=true");
  }

  @Test
  void theGlobalKeySchemeSendsEmailAndKeyAndNoBearer() {
    server.script(ScriptedReply.created());

    GreTunnelsClient.builder().baseUrl(server.baseUrl()).apiKey("user@example.com", "wire-key").build()
        .createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1"));

    assertThat(onlyRequest().headers()).containsEntry("X-Auth-Email", "user@example.com")
        .containsEntry("X-Auth-Key", "wire-key")
        .doesNotContainKey("Authorization");
  }
}
