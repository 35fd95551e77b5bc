package dev.magicgre.stub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies: the smallest valid create, that create with one field changed, and the bodies of several. */
final class Bodies {

  private Bodies() {
  }

  /** Only the four required fields, all valid. */
  static ObjectNode minimal() {
    return minimal("GRE_1");
  }

  static ObjectNode minimal(String name) {
    ObjectNode body = StubHttp.JSON.createObjectNode();
    body.put("name", name);
    body.put("cloudflare_gre_endpoint", "203.0.113.1");
    body.put("customer_gre_endpoint", "203.0.113.2");
    body.put("interface_address", "10.212.0.0/31");
    return body;
  }

  /**
   * The minimal body with the value at {@code pointer} (RFC 6901, objects only) replaced by {@code rawJson},
   * or removed when {@code rawJson} is null. Missing parent objects are created.
   */
  static ObjectNode with(String pointer, String rawJson) {
    return set(minimal(), pointer, rawJson);
  }

  static ObjectNode set(ObjectNode body, String pointer, String rawJson) {
    String[] steps = pointer.substring(1).split("/");
    ObjectNode parent = body;
    for (int i = 0; i < steps.length - 1; i++) {
      JsonNode next = parent.get(steps[i]);
      parent = next instanceof ObjectNode ? (ObjectNode) next : parent.putObject(steps[i]);
    }
    String field = steps[steps.length - 1];
    if (rawJson == null) {
      parent.remove(field);
    } else {
      parent.set(field, parse(rawJson));
    }
    return body;
  }

  /** The body of several tunnels: {@code {"gre_tunnels": [...]}}. */
  static ObjectNode several(JsonNode... tunnels) {
    ObjectNode body = StubHttp.JSON.createObjectNode();
    body.putArray("gre_tunnels").addAll(java.util.List.of(tunnels));
    return body;
  }

  /** An entry of an update of several: the tunnel's id and the fields of an update. */
  static ObjectNode withId(String id, ObjectNode tunnel) {
    ObjectNode entry = StubHttp.JSON.createObjectNode().put("id", id);
    entry.setAll(tunnel);
    return entry;
  }

  static JsonNode parse(String rawJson) {
    try {
      return StubHttp.JSON.readTree(rawJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("test data is not JSON: " + rawJson, e);
    }
  }
}
