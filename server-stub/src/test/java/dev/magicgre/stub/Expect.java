package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Assertions on Cloudflare's envelopes, shared by every test of the stub. */
final class Expect {

  private Expect() {
  }

  /**
   * A failure envelope with this status: JSON, {@code success: false}, at least one error each with a code of
   * at least 1000 and a non-blank message, {@code messages: []} and {@code result: null}.
   */
  static JsonNode failure(StubHttp.Reply reply, int status) {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
    assertThat(reply.contentType()).as("Content-Type of %s", reply).startsWith("application/json");
    JsonNode body = reply.json();
    assertThat(body.path("success").isBoolean() && !body.get("success").booleanValue()).as("success false in %s", reply).isTrue();
    assertThat(body.path("errors").isArray() && body.get("errors").size() > 0).as("errors[] in %s", reply).isTrue();
    for (JsonNode error : body.get("errors")) {
      // Cloudflare's codes are 1000 and above, except the rate limit's 971 (evidence A2 #20)
      assertThat(error.path("code").isInt() && (error.get("code").intValue() >= 1000 || error.get("code").intValue() == 971))
          .as("code of %s", error).isTrue();
      assertThat(error.path("message").isTextual() && !error.get("message").textValue().isBlank())
          .as("message of %s", error).isTrue();
    }
    if (isGatewayShortForm(body)) {
      // Cloudflare's gateway answers 10000 with success and errors only (evidence A2 #1, #2)
      assertThat(body.has("messages") || body.has("result")).as("no messages nor result in %s", reply).isFalse();
      return body;
    }
    assertThat(body.path("messages").isArray() && body.get("messages").isEmpty()).as("messages [] in %s", reply).isTrue();
    assertThat(body.has("result") && body.get("result").isNull()).as("result null in %s", reply).isTrue();
    return body;
  }

  private static boolean isGatewayShortForm(JsonNode body) {
    return body.get("errors").size() == 1 && body.at("/errors/0/code").asInt() == 10000;
  }

  /** A failure envelope with exactly one error, of this code, about the field at this pointer (null: none). */
  static JsonNode failure(StubHttp.Reply reply, int status, int code, String pointer) {
    JsonNode body = failure(reply, status);
    assertThat(codes(reply)).as("codes in %s", reply).containsExactly(code);
    JsonNode error = body.get("errors").get(0);
    if (pointer == null) {
      assertThat(error.has("source")).as("no source in %s", reply).isFalse();
    } else {
      assertThat(error.path("source").path("pointer").asText(null)).as("pointer in %s", reply).isEqualTo(pointer);
    }
    return body;
  }

  /** A success envelope: 200, JSON, {@code success: true}, empty errors and messages; answers {@code result}. */
  static JsonNode success(StubHttp.Reply reply) {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(200);
    assertThat(reply.contentType()).as("Content-Type of %s", reply).startsWith("application/json");
    JsonNode body = reply.json();
    assertThat(body.path("success").isBoolean() && body.get("success").booleanValue()).as("success true in %s", reply).isTrue();
    assertThat(body.path("errors").isArray() && body.get("errors").isEmpty()).as("errors [] in %s", reply).isTrue();
    assertThat(body.path("messages").isArray() && body.get("messages").isEmpty()).as("messages [] in %s", reply).isTrue();
    assertThat(body.path("result").isObject()).as("result object in %s", reply).isTrue();
    return body.get("result");
  }

  static List<Integer> codes(StubHttp.Reply reply) {
    List<Integer> codes = new ArrayList<>();
    reply.json().path("errors").forEach(error -> codes.add(error.path("code").asInt()));
    return codes;
  }

  static List<String> pointers(StubHttp.Reply reply) {
    List<String> pointers = new ArrayList<>();
    reply.json().path("errors").forEach(error -> pointers.add(error.path("source").path("pointer").asText(null)));
    return pointers;
  }
}
