package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static dev.magicgre.client.TestRequests.TUNNEL_ID;

import java.util.List;
import java.util.function.Function;

/** Every operation of the facade, called with valid arguments, with its HTTP method and path: for tests that go over all six. */
enum Operation {

  LIST("GET", "", "list", client -> client.listGreTunnels(ACCOUNT)),
  GET("GET", "/" + TUNNEL_ID, "get", client -> client.getGreTunnel(ACCOUNT, TUNNEL_ID)),
  CREATE("POST", "", "create", client -> client.createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1"))),
  CREATE_SEVERAL("POST", "", "createSeveral",
      client -> client.createGreTunnels(ACCOUNT, List.of(TestRequests.valid("GRE_1")))),
  UPDATE("PUT", "/" + TUNNEL_ID, "update",
      client -> client.updateGreTunnel(ACCOUNT, TUNNEL_ID, TestRequests.update("GRE_1"))),
  UPDATE_SEVERAL("PUT", "", "updateSeveral",
      client -> client.updateGreTunnels(ACCOUNT, List.of(TestRequests.updateItem(TUNNEL_ID, "GRE_1")))),
  DELETE("DELETE", "/" + TUNNEL_ID, "delete", client -> client.deleteGreTunnel(ACCOUNT, TUNNEL_ID));

  private final String method;
  private final String pathAfterCollection;
  private final String replyName;
  private final Function<GreTunnelsClient, Object> call;

  Operation(String method, String pathAfterCollection, String replyName, Function<GreTunnelsClient, Object> call) {
    this.method = method;
    this.pathAfterCollection = pathAfterCollection;
    this.replyName = replyName;
    this.call = call;
  }

  String method() {
    return method;
  }

  String path() {
    return "/client/v4/accounts/" + ACCOUNT + "/magic/gre_tunnels" + pathAfterCollection;
  }

  /** The success answer a server gives to this operation. */
  ScriptedReply success() {
    return ScriptedReply.answerOf(replyName);
  }

  Object callOn(GreTunnelsClient client) {
    return call.apply(client);
  }
}
