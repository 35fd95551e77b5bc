package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static dev.magicgre.client.TestRequests.TUNNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each operation returns what its {@code result} holds, and a 200 that lacks it is an error, never retried. */
class UnwrappingTest {

  private static final String EMPTY_SUCCESS = "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{}}";
  private static ScriptedServer server;
  private static GreTunnelsClient client;

  @BeforeAll
  static void start() {
    server = ScriptedServer.start();
    client = GreTunnelsClient.builder().baseUrl(server.baseUrl()).apiToken("unwrap-token").build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aCreateOfOneAnsweredWithSeveralIsUnexpected() {
    server.script(Operation.CREATE_SEVERAL.success());

    UnexpectedResponseException failure = catchThrowableOfType(UnexpectedResponseException.class,
        () -> client.createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")));

    assertThat(failure.getMessage()).isEqualTo("200 response answers several tunnels to a create of one");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aCreateOfSeveralAnsweredWithOneIsUnexpected() {
    server.script(ScriptedReply.created());

    UnexpectedResponseException failure = catchThrowableOfType(UnexpectedResponseException.class,
        () -> client.createGreTunnels(ACCOUNT, List.of(TestRequests.valid("GRE_1"))));

    assertThat(failure.getMessage()).isEqualTo("200 response answers one tunnel to a create of several");
  }

  @Test
  void aResultWithoutWhatTheOperationAnswersIsUnexpectedForEveryOperation() {
    server.script(ScriptedReply.json(200, EMPTY_SUCCESS));

    for (Operation operation : Operation.values()) {
      UnexpectedResponseException failure = catchThrowableOfType(UnexpectedResponseException.class,
          () -> operation.callOn(client));
      assertThat(failure).as(operation.name()).isNotNull();
      assertThat(failure.status()).isEqualTo(200);
    }
    assertThat(server.requests()).as("one attempt each: never retried").hasSize(Operation.values().length);
    assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> client.getGreTunnel(ACCOUNT, TUNNEL_ID)))
        .hasMessageContaining("gre_tunnel");
  }

  @Test
  void successFalseInA200IsUnexpectedWithTheErrors() {
    server.script(ScriptedReply.json(200, "{\"success\":false,\"errors\":[{\"code\":1024,\"message\":\"GRE tunnel not found\"}],"
        + "\"messages\":[],\"result\":null}"));

    UnexpectedResponseException failure = catchThrowableOfType(UnexpectedResponseException.class,
        () -> client.deleteGreTunnel(ACCOUNT, TUNNEL_ID));

    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(1024);
    assertThat(server.requests()).as("never retried: the delete may have happened").hasSize(1);
  }

  @Test
  void theListIsImmutableAndInTheOrderAnswered() {
    server.script(Operation.LIST.success());

    List<dev.magicgre.model.GreTunnel> tunnels = client.listGreTunnels(ACCOUNT);

    assertThat(tunnels).extracting(dev.magicgre.model.GreTunnel::getId).containsExactly(TUNNEL_ID);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tunnels.add(null)).isInstanceOf(UnsupportedOperationException.class);
  }
}
