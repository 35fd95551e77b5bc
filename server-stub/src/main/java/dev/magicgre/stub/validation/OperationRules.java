package dev.magicgre.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body rules of each write, one plain function per operation from the JSON tree and the target form to
 * every violation (empty: the body is valid). Create and update share {@link TunnelFieldRules}; the bodies of
 * several tunnels point into their list ({@code /gre_tunnels/1/name}). What needs the store (a name taken in
 * the account, an id the account does not have) is not here: the resource asks the store.
 */
public final class OperationRules {

  /** The body of each write, as one function: what the request reader runs before it binds the body. */
  @FunctionalInterface
  public interface BodyRules {
    List<ApiError> violations(JsonNode body, TargetForm targetForm);
  }

  private static final String LIST = "gre_tunnels";

  private OperationRules() {
  }

  /**
   * A create body with a {@code gre_tunnels} member is the several-tunnels form, as the spec says, unless that
   * member is an empty list beside other members: then it is one tunnel and the empty list is ignored. A choice
   * (Cloudflare's answer to such a body is not known) that lets generators which merge the two body forms into
   * one class, and so always send a list, create one tunnel (docs/behaviour-we-chose.md).
   */
  public static boolean isSeveral(JsonNode body) {
    return body.isObject() && body.has(LIST) && !(isEmptyList(body.get(LIST)) && body.size() > 1);
  }

  /** An entry of several may carry an empty {@code gre_tunnels} (ignored, as in a body of one); anything else there is refused. */
  private static boolean hasTunnelList(JsonNode entry) {
    return entry.isObject() && entry.has(LIST) && !isEmptyList(entry.get(LIST));
  }

  private static boolean isEmptyList(JsonNode node) {
    return node.isArray() && node.isEmpty();
  }

  /** Create: one tunnel, or {@code {"gre_tunnels": [...]}}. */
  public static List<ApiError> create(JsonNode body, TargetForm targetForm) {
    Violations violations = new Violations();
    if (!isSeveral(body)) {
      createOne(body, "", targetForm, violations);
      return violations.list();
    }
    JsonNode tunnels = tunnelList(body, violations);
    if (tunnels != null) {
      for (int i = 0; i < tunnels.size(); i++) {
        createOne(tunnels.get(i), at(i), targetForm, violations);
        if (hasTunnelList(tunnels.get(i))) {
          // the spec's one-tunnel schema excludes the member that makes a body the wrapped form
          violations.add(ErrorCode.WRONG_JSON_TYPE, at(i) + "/" + LIST,
              "gre_tunnels[" + i + "] is one tunnel: it cannot have a gre_tunnels member");
        }
      }
      namesOnce(tunnels, violations);
    }
    return violations.list();
  }

  /** Update one: the create rules without {@code bgp}, which an update cannot change. */
  public static List<ApiError> updateOne(JsonNode body, TargetForm targetForm) {
    Violations violations = new Violations();
    updateFields(body, "", targetForm, violations);
    return violations.list();
  }

  /** Update several: each entry an {@code id} and the fields of an update one; ids and names once each. */
  public static List<ApiError> updateSeveral(JsonNode body, TargetForm targetForm) {
    Violations violations = new Violations();
    if (!body.isObject()) {
      violations.add(ErrorCode.WRONG_JSON_TYPE, "", "the request body must be a JSON object, not " + Violations.kind(body));
      return violations.list();
    }
    JsonNode tunnels = tunnelList(body, violations);
    if (tunnels == null) {
      return violations.list();
    }
    Map<String, Integer> firstIndexOfId = new HashMap<>();
    for (int i = 0; i < tunnels.size(); i++) {
      if (!updateFields(tunnels.get(i), at(i), targetForm, violations)) {
        continue;
      }
      String id = violations.text(tunnels.get(i), "id", at(i) + "/id", true);
      if (id != null && !Hex32.isHex32(id)) {
        violations.add(ErrorCode.INVALID_OBJECT_IDENTIFIER, at(i) + "/id", "id must be 32 lowercase hexadecimal characters");
      } else if (id != null && firstIndexOfId.putIfAbsent(id, i) != null) {
        violations.add(ErrorCode.DUPLICATE_TUNNEL_ID, at(i) + "/id",
            "id " + id + " is already updated by gre_tunnels[" + firstIndexOfId.get(id) + "] of this request");
      }
    }
    namesOnce(tunnels, violations);
    return violations.list();
  }

  /** Delete: the body is optional and its members are ignored, but a body that is there must be an object. */
  public static List<ApiError> delete(JsonNode body, TargetForm targetForm) {
    Violations violations = new Violations();
    if (body != null && !body.isObject()) {
      violations.add(ErrorCode.WRONG_JSON_TYPE, "", "the request body must be a JSON object, not " + Violations.kind(body));
    }
    return violations.list();
  }

  private static void createOne(JsonNode tunnel, String at, TargetForm targetForm, Violations violations) {
    if (TunnelFieldRules.checkFields(tunnel, at, targetForm, violations)) {
      TunnelFieldRules.checkBgp(tunnel, at, violations);
    }
  }

  private static boolean updateFields(JsonNode tunnel, String at, TargetForm targetForm, Violations violations) {
    if (!TunnelFieldRules.checkFields(tunnel, at, targetForm, violations)) {
      return false;
    }
    if (tunnel.has("bgp")) {
      violations.add(ErrorCode.BGP_NOT_UPDATABLE, at + "/bgp",
          "bgp cannot be changed by an update: leave it out (the tunnel keeps its BGP settings)");
    }
    return true;
  }

  /** {@code gre_tunnels}: required, an array, not empty; null when there is nothing to check inside. */
  private static JsonNode tunnelList(JsonNode body, Violations violations) {
    JsonNode tunnels = violations.array(body, LIST, "/" + LIST, true, "tunnels");
    if (tunnels != null && tunnels.isEmpty()) {
      violations.add(ErrorCode.NO_TUNNELS_IN_REQUEST, "/" + LIST, "Invalid Request: no GRE Tunnels found in request.");
      return null;
    }
    return tunnels;
  }

  /**
   * A name may appear once in one request: the second and later entries that use it are refused. A name used
   * by another tunnel of the account is the store's to find, once every rule here passes.
   */
  private static void namesOnce(JsonNode tunnels, Violations violations) {
    Map<String, Integer> firstIndexOfName = new HashMap<>();
    for (int i = 0; i < tunnels.size(); i++) {
      JsonNode name = tunnels.get(i).get("name");
      if (name != null && name.isTextual() && firstIndexOfName.putIfAbsent(name.textValue(), i) != null) {
        violations.add(ErrorCode.DUPLICATE_NAME, at(i) + "/name", "name \"" + Violations.clip(name.textValue())
            + "\" is already used by gre_tunnels[" + firstIndexOfName.get(name.textValue()) + "] of this request");
      }
    }
  }

  private static String at(int index) {
    return "/" + LIST + "/" + index;
  }
}
