package dev.magicgre.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import java.util.function.Consumer;

/**
 * The JSON shapes the consumer relies on, built once: values that vary between runs (ids, timestamps) are
 * matched by regex or come from the provider state, the envelope's {@code success} and empty
 * {@code errors}/{@code messages} exactly.
 */
final class PactBodies {

  static final String ID = "[0-9a-f]{32}";
  static final String RFC3339_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";
  static final String EXAMPLE_TIME = "2026-11-25T10:15:30.123Z";
  /** The id the consumer tests see; the provider replaces it by the one its state generated. */
  static final String EXAMPLE_ID = "c4a7362d577a6c3019a474fd6f485821";
  static final String OTHER_EXAMPLE_ID = "0123456789abcdef0123456789abcdef";
  /** The customer endpoint of every tunnel here: the effective target when none was saved. */
  static final String CUSTOMER_ENDPOINT = "203.0.113.2";

  private PactBodies() {
  }

  /** A tunnel the provider answers: how its id and its health check target are expected. */
  record Expected(String name, String idFromState, boolean objectTarget, String saved, String effective) {

    /** A tunnel the request created: any well-formed id. */
    static Expected created(String name, boolean objectTarget, String target) {
      return new Expected(name, null, objectTarget, target, target);
    }

    /** A tunnel a provider state seeded (no target saved): its id is the state's value of that name. */
    static Expected seeded(String name, String idFromState, boolean objectTarget) {
      return new Expected(name, idFromState, objectTarget, "", CUSTOMER_ENDPOINT);
    }
  }

  // ---- requests: exactly what the facade sends, nothing the caller did not set ----

  /** A create of one, as the facade sends it for a request with the required fields and a health check. */
  static PactDslJsonBody createRequest(String name, boolean objectTarget, String target) {
    PactDslJsonBody body = new PactDslJsonBody();
    tunnelRequest(body, name, objectTarget, target);
    return body;
  }

  /** A create of several: {@code {"gre_tunnels": [...]}}, all targets in one form. */
  static PactDslJsonBody createSeveralRequest(boolean objectTarget, String target, String... names) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonArray tunnels = body.array("gre_tunnels");
    for (String name : names) {
      PactDslJsonBody tunnel = tunnels.object();
      tunnelRequest(tunnel, name, objectTarget, target);
      tunnel.closeObject();
    }
    return (PactDslJsonBody) tunnels.closeArray();
  }

  /** An update of one with the required fields only (no target: the answer's form is the client's default). */
  static PactDslJsonBody updateRequest(String name) {
    PactDslJsonBody body = new PactDslJsonBody();
    requiredFields(body, name);
    return body;
  }

  /** An update of several; each entry's id is the provider state's value of that name. */
  static PactDslJsonBody updateSeveralRequest(String[] idsFromState, String[] names) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonArray items = body.array("gre_tunnels");
    for (int i = 0; i < names.length; i++) {
      PactDslJsonBody item = items.object()
          .valueFromProviderState("id", expression(idsFromState[i]), i == 0 ? EXAMPLE_ID : OTHER_EXAMPLE_ID);
      requiredFields(item, names[i]);
      item.closeObject();
    }
    return (PactDslJsonBody) items.closeArray();
  }

  private static void tunnelRequest(PactDslJsonBody into, String name, boolean objectTarget, String target) {
    requiredFields(into, name);
    PactDslJsonBody healthCheck = into.object("health_check").stringValue("type", "request");
    if (objectTarget) {
      healthCheck.object("target").stringValue("saved", target).closeObject();
    } else {
      healthCheck.stringValue("target", target);
    }
    healthCheck.closeObject();
  }

  private static void requiredFields(PactDslJsonBody into, String name) {
    into.stringValue("name", name)
        .stringValue("cloudflare_gre_endpoint", "203.0.113.1")
        .stringValue("customer_gre_endpoint", CUSTOMER_ENDPOINT)
        .stringValue("interface_address", "10.212.0.0/31");
  }

  // ---- answers ----

  /** The success envelope of a create of one: {@code result} is the tunnel. */
  static DslPart createdTunnel(String name, boolean objectTarget, String target) {
    return success(result -> tunnelFields(result, Expected.created(name, objectTarget, target)));
  }

  /** {@code result.gre_tunnels}: the tunnels in this order (an empty list when none are given). */
  static DslPart tunnelList(Expected... tunnels) {
    return success(result -> tunnelArray(result, "gre_tunnels", tunnels));
  }

  /** {@code result.<member>}: one tunnel under a name ({@code gre_tunnel}, {@code modified_gre_tunnel}, ...). */
  static DslPart tunnelUnder(String member, String flag, Expected tunnel) {
    return success(result -> {
      if (flag != null) {
        result.booleanValue(flag, true);
      }
      PactDslJsonBody entry = result.object(member);
      tunnelFields(entry, tunnel);
      entry.closeObject();
    });
  }

  /** {@code result: {"modified": true, "modified_gre_tunnels": [...]}}. */
  static DslPart modifiedTunnels(Expected... tunnels) {
    return success(result -> tunnelArray(result.booleanValue("modified", true), "modified_gre_tunnels", tunnels));
  }

  private static void tunnelArray(PactDslJsonBody result, String member, Expected... tunnels) {
    PactDslJsonArray list = result.array(member);
    for (Expected tunnel : tunnels) {
      PactDslJsonBody entry = list.object();
      tunnelFields(entry, tunnel);
      entry.closeObject();
    }
    list.closeArray();
  }

  private static DslPart success(Consumer<PactDslJsonBody> result) {
    PactDslJsonBody body = new PactDslJsonBody().booleanValue("success", true);
    body.array("errors").closeArray();
    body.array("messages").closeArray();
    PactDslJsonBody resultBody = body.object("result");
    result.accept(resultBody);
    return resultBody.closeObject();
  }

  private static void tunnelFields(PactDslJsonBody tunnel, Expected expected) {
    if (expected.idFromState() == null) {
      tunnel.stringMatcher("id", ID, EXAMPLE_ID);
    } else {
      tunnel.valueFromProviderState("id", expression(expected.idFromState()), EXAMPLE_ID);
    }
    tunnel.stringValue("name", expected.name())
        .stringType("cloudflare_gre_endpoint", "203.0.113.1")
        .stringValue("customer_gre_endpoint", CUSTOMER_ENDPOINT)
        .stringType("interface_address", "10.212.0.0/31")
        .integerType("mtu", 1476)
        .integerType("ttl", 64)
        .booleanType("automatic_return_routing", false)
        .stringMatcher("created_on", RFC3339_UTC, EXAMPLE_TIME)
        .stringMatcher("modified_on", RFC3339_UTC, EXAMPLE_TIME);
    PactDslJsonBody healthCheck = tunnel.object("health_check")
        .booleanType("enabled", true)
        .stringType("rate", "mid")
        .stringType("type", "request")
        .stringType("direction", "unidirectional");
    if (expected.objectTarget()) {
      healthCheck.object("target")
          .stringValue("saved", expected.saved())
          .stringValue("effective", expected.effective())
          .closeObject();
    } else {
      healthCheck.stringValue("target", expected.effective());
    }
    healthCheck.closeObject();
  }

  /** A provider-state expression: {@code ${name}}. */
  static String expression(String name) {
    return "${" + name + "}";
  }

  /**
   * The failure envelope: success false, at least one error with code, message and (for a body field) the
   * pointer, result null. The code is matched by type: the consumer relies on there being a code.
   */
  static DslPart failure(int code, String pointer) {
    return failure(code, pointer, false);
  }

  /** The same, with the code pinned exactly (auth, duplicate-name and not-found contracts act on the code). */
  static DslPart failureWithCode(int code, String pointer) {
    return failure(code, pointer, true);
  }

  /**
   * The short body Cloudflare's gateway answers 403 10000 with (captured, evidence A2 #1): {@code success} and
   * {@code errors} only, no {@code messages} nor {@code result}.
   */
  static DslPart gatewayFailureWithCode(int code) {
    PactDslJsonBody body = new PactDslJsonBody().booleanValue("success", false);
    return body.minArrayLike("errors", 1).numberValue("code", code)
        .stringType("message", "Authentication error").closeObject().closeArray();
  }

  /** The gateway's 400 6003 "Invalid request headers" with the malformed header's code in its error_chain. */
  static DslPart invalidHeaders(int chainedCode) {
    PactDslJsonBody body = new PactDslJsonBody().booleanValue("success", false);
    PactDslJsonBody error = body.minArrayLike("errors", 1).numberValue("code", 6003)
        .stringType("message", "Invalid request headers");
    error.minArrayLike("error_chain", 1).numberValue("code", chainedCode)
        .stringType("message", "Invalid format for X-Auth-Key header").closeObject().closeArray();
    body = (PactDslJsonBody) error.closeObject().closeArray();
    body.array("messages").closeArray();
    return body.nullValue("result");
  }

  private static DslPart failure(int code, String pointer, boolean exactCode) {
    PactDslJsonBody body = new PactDslJsonBody()
        .booleanValue("success", false);
    PactDslJsonBody error = body.minArrayLike("errors", 1);
    if (exactCode) {
      error.numberValue("code", code);
    } else {
      error.integerType("code", code);
    }
    error.stringType("message", "a message a person understands");
    if (pointer != null) {
      error.object("source").stringValue("pointer", pointer).closeObject();
    }
    body = (PactDslJsonBody) error.closeObject().closeArray();
    body.array("messages").closeArray();
    return body.nullValue("result");
  }
}
