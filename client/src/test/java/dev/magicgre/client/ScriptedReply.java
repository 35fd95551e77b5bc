package dev.magicgre.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One scripted answer of {@link ScriptedServer}. */
record ScriptedReply(int status, String contentType, String body, Map<String, String> headers, Duration delay) {

  /** The tunnel every scripted success answers. */
  static final String TUNNEL = """
      {"id":"c4a7362d577a6c3019a474fd6f485821",\
      "name":"GRE_1","cloudflare_gre_endpoint":"203.0.113.1","customer_gre_endpoint":"203.0.113.2",\
      "interface_address":"10.212.0.0/31","mtu":1476,"ttl":64,"health_check":{"target":"203.0.113.2"}}""";

  static final String CREATED_ENVELOPE = success(TUNNEL);

  static ScriptedReply created() {
    return json(200, CREATED_ENVELOPE);
  }

  /** The success answer of each operation, with {@link #TUNNEL} where it answers a tunnel. */
  static ScriptedReply answerOf(String operation) {
    return json(200, switch (operation) {
      case "create" -> CREATED_ENVELOPE;
      case "createSeveral", "list" -> success("{\"gre_tunnels\":[" + TUNNEL + "]}");
      case "get" -> success("{\"gre_tunnel\":" + TUNNEL + "}");
      case "update" -> success("{\"modified\":true,\"modified_gre_tunnel\":" + TUNNEL + "}");
      case "updateSeveral" -> success("{\"modified\":true,\"modified_gre_tunnels\":[" + TUNNEL + "]}");
      case "delete" -> success("{\"deleted\":true,\"deleted_gre_tunnel\":" + TUNNEL + "}");
      default -> throw new IllegalArgumentException(operation);
    });
  }

  private static String success(String result) {
    return "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":" + result + "}";
  }

  /** A Cloudflare failure envelope with one error. */
  static ScriptedReply failure(int status, int code, String message) {
    return json(status, "{\"success\":false,\"errors\":[{\"code\":" + code + ",\"message\":\"" + message
        + "\"}],\"messages\":[],\"result\":null}");
  }

  static ScriptedReply json(int status, String body) {
    return text(status, "application/json", body);
  }

  static ScriptedReply text(int status, String contentType, String body) {
    return new ScriptedReply(status, contentType, body, Map.of(), Duration.ZERO);
  }

  ScriptedReply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ScriptedReply(status, contentType, body, Map.copyOf(more), delay);
  }

  ScriptedReply after(Duration wait) {
    return new ScriptedReply(status, contentType, body, headers, wait);
  }
}
