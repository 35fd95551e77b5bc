package dev.magicgre.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * The JSON shapes the consumer relies on, built once: values that vary between runs (ids, timestamps) are
 * matched by regex, the envelope's {@code success} and empty {@code errors}/{@code messages} exactly.
 */
final class PactBodies {

  static final String ID = "[0-9a-f]{32}";
  static final String RFC3339_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";
  static final String EXAMPLE_TIME = "2026-11-25T10:15:30.123Z";

  private PactBodies() {
  }

  /**
   * What the facade sends for a request built with the required fields and a health check. The generated
   * model carries the spec's defaults, so they travel explicitly (mtu, ttl, automatic_return_routing and the
   * health check's enabled/rate/direction): the same values Cloudflare would fill in.
   */
  static PactDslJsonBody createRequest(String name, boolean objectTarget, String target) {
    PactDslJsonBody body = new PactDslJsonBody()
        .stringValue("name", name)
        .stringValue("cloudflare_gre_endpoint", "203.0.113.1")
        .stringValue("customer_gre_endpoint", "203.0.113.2")
        .stringValue("interface_address", "10.212.0.0/31")
        .booleanValue("automatic_return_routing", false)
        .integerType("mtu", 1476)
        .integerType("ttl", 64);
    PactDslJsonBody healthCheck = body.object("health_check")
        .booleanValue("enabled", true)
        .stringValue("rate", "mid")
        .stringValue("direction", "unidirectional")
        .stringValue("type", "request");
    if (objectTarget) {
      healthCheck.object("target").stringValue("saved", target).closeObject();
    } else {
      healthCheck.stringValue("target", target);
    }
    return (PactDslJsonBody) healthCheck.closeObject();
  }

  /** The success envelope with the created tunnel; the target in the form the header asked for. */
  static DslPart createdTunnel(String name, boolean objectTarget, String target) {
    PactDslJsonBody body = new PactDslJsonBody()
        .booleanValue("success", true);
    body.array("errors").closeArray();
    body.array("messages").closeArray();
    PactDslJsonBody result = body.object("result")
        .stringMatcher("id", ID, "c4a7362d577a6c3019a474fd6f485821")
        .stringValue("name", name)
        .stringType("cloudflare_gre_endpoint", "203.0.113.1")
        .stringType("customer_gre_endpoint", "203.0.113.2")
        .stringType("interface_address", "10.212.0.0/31")
        .integerType("mtu", 1476)
        .integerType("ttl", 64)
        .booleanType("automatic_return_routing", false)
        .stringMatcher("created_on", RFC3339_UTC, EXAMPLE_TIME)
        .stringMatcher("modified_on", RFC3339_UTC, EXAMPLE_TIME);
    PactDslJsonBody healthCheck = result.object("health_check")
        .booleanType("enabled", true)
        .stringType("rate", "mid")
        .stringValue("type", "request")
        .stringType("direction", "unidirectional");
    if (objectTarget) {
      healthCheck.object("target")
          .stringValue("saved", target)
          .stringValue("effective", target)
          .closeObject();
    } else {
      healthCheck.stringValue("target", target);
    }
    healthCheck.closeObject();
    return result.closeObject();
  }

  /**
   * The failure envelope: success false, at least one error with code, message and (for a body field) the
   * pointer, result null. The code is matched by type: the consumer relies on there being a code.
   */
  static DslPart failure(int code, String pointer) {
    return failure(code, pointer, false);
  }

  /** The same, with the code pinned exactly (auth and duplicate-name contracts act on the code). */
  static DslPart failureWithCode(int code, String pointer) {
    return failure(code, pointer, true);
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
