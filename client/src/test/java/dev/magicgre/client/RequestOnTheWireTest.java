package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.client.ScriptedServer.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the client puts on the wire: path, headers (the explicit false included), query and body. */
class RequestOnTheWireTest {

  private static ScriptedServer server;

  @BeforeAll
  static void start() {
    server = ScriptedServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void answerCreated() {
    server.script(ScriptedReply.created());
  }

  private static GreTunnelsClient tokenClient() {
    return GreTunnelsClient.builder().baseUrl(server.baseUrl() + "/").apiToken("wire-token").build();
  }

  private RecordedRequest onlyRequest() {
    assertThat(server.requests()).hasSize(1);
    return server.requests().get(0);
  }

  @Test
  void defaultsSendTheStringFormHeaderFalseExplicitlyAndNoValidateOnly() {
    tokenClient().createGreTunnel(ACCOUNT, TestRequests.withStringTarget("GRE_1", "203.0.113.2"));

    RecordedRequest request = onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/client/v4/accounts/" + ACCOUNT + "/magic/gre_tunnels");
    assertThat(request.query()).isNull();
    assertThat(request.headers()).containsEntry("x-magic-new-hc-target", "false")
        .containsEntry("Authorization", "Bearer wire-token")
        .containsEntry("User-Agent", GreTunnelsClient.USER_AGENT)
        .containsEntry("Accept", "application/json")
        .doesNotContainKeys("X-Auth-Email", "X-Auth-Key");
    assertThat(request.headers().get("Content-Type")).startsWith("application/json");
    assertThat(request.body()).contains("\"name\":\"GRE_1\"").contains("\"target\":\"203.0.113.2\"");
  }

  @Test
  void newTargetFormatSendsTheHeaderTrueAndTheObjectTarget() {
    tokenClient().createGreTunnel(ACCOUNT, TestRequests.withObjectTarget("GRE_1", "203.0.113.2"),
        CreateOptions.defaults().withNewTargetFormat(true));

    RecordedRequest request = onlyRequest();
    assertThat(request.headers()).containsEntry("x-magic-new-hc-target", "true");
    assertThat(request.body()).contains("\"target\":{\"saved\":\"203.0.113.2\"}");
  }

  @Test
  void validateOnlyIsSentAsQueryOnlyWhenTrue() {
    tokenClient().createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1"), CreateOptions.defaults().withValidateOnly(true));

    assertThat(onlyRequest().query()).isEqualTo("validate_only=true");
  }

  @Test
  void theGlobalKeySchemeSendsEmailAndKeyAndNoBearer() {
    GreTunnelsClient.builder().baseUrl(server.baseUrl()).apiKey("user@example.com", "wire-key").build()
        .createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1"));

    assertThat(onlyRequest().headers()).containsEntry("X-Auth-Email", "user@example.com")
        .containsEntry("X-Auth-Key", "wire-key")
        .doesNotContainKey("Authorization");
  }
}
