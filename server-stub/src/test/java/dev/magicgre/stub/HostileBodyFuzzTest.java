package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue #8, point 1 (bodies), and issue #11, point 4 (every write): generated bodies of every operation that
 * takes one (create one or several, update one or several, delete), each from valid to hostile (wrong types and null in every
 * field, missing and duplicated keys, deep nesting, very long strings, non-ASCII and control characters in name
 * and md5_key, numbers out of range and non-integral, invalid UTF-8, truncated JSON, an empty body) sent over
 * HTTP to a running stub, with junk in {@code x-magic-new-hc-target} and {@code validate_only} now and then.
 * Every answer must be the 200 envelope or a 4xx envelope, and after every case the store must hold exactly
 * the tunnels answered 200. Tries: {@code jqwik.tries.default} (100 in the normal build; see docs/hardening.md).
 */
class HostileBodyFuzzTest {

  /** Every field of a create, nested ones included: each gets its turn at being wrong. */
  private static final List<String> POINTERS = List.of(
      "/name", "/cloudflare_gre_endpoint", "/customer_gre_endpoint", "/interface_address", "/interface_address6",
      "/description", "/mtu", "/ttl", "/automatic_return_routing", "/health_check", "/health_check/enabled",
      "/health_check/rate", "/health_check/type", "/health_check/direction", "/health_check/target",
      "/health_check/target/saved", "/bgp", "/bgp/customer_asn", "/bgp/md5_key", "/bgp/extra_prefixes",
      "/bgp/export_filter_id", "/bgp/import_filter_id", "/unknown_field");

  private static StubServer server;
  private static StubHttp http;
  private static final CreateLedger LEDGER = new CreateLedger();

  @BeforeContainer
  static void start() {
    server = StubServer.start(StubSettings.ephemeral());
    http = new StubHttp(server);
  }

  @AfterContainer
  static void stop() {
    System.out.println("HARDENING FIGURES HostileBodyFuzzTest: " + LEDGER.figures(server.store()));
    server.close();
  }

  /** The writes that take a body; the hostile tunnel body goes where the operation's body holds a tunnel. */
  enum Write { CREATE, CREATE_SEVERAL, UPDATE, UPDATE_SEVERAL, DELETE }

  /** One generated write: the operation, the account, the two switches and the tunnel body's bytes. */
  record Attempt(Write write, String account, String targetHeader, String validateOnly, byte[] body) {
    @Override
    public String toString() {
      return write + " " + account + " hc-target=" + targetHeader + " validate_only=" + validateOnly + " body="
          + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
    }
  }

  /**
   * The request of the attempt. Updates and deletes name the account's first tunnel when it has one (so that some
   * of them succeed), an unknown id otherwise.
   */
  private static StubHttp.Call call(Attempt attempt) {
    String id = server.store().list(attempt.account()).stream().findFirst().map(tunnel -> tunnel.getId())
        .orElse("0123456789abcdef0123456789abcdef");
    byte[] body = attempt.body();
    StubHttp.Call call = switch (attempt.write()) {
      case CREATE -> http.create("");
      case CREATE_SEVERAL -> http.create("");
      case UPDATE -> http.update(id, Bodies.minimal());
      case UPDATE_SEVERAL -> http.updateSeveral(Bodies.minimal());
      case DELETE -> http.delete(id).header("Content-Type", "application/json");
    };
    if (attempt.write() == Write.CREATE_SEVERAL) {
      body = concat("{\"gre_tunnels\":[", body, "]}");
    } else if (attempt.write() == Write.UPDATE_SEVERAL) {
      // the id goes first in the entry, before whatever the mangled body holds
      boolean object = body.length > 0 && body[0] == '{';
      body = object ? concat("{\"gre_tunnels\":[{\"id\":\"" + id + "\",", java.util.Arrays.copyOfRange(body, 1, body.length), "]}")
          : concat("{\"gre_tunnels\":[", body, "]}");
    }
    return call.account(attempt.account()).body(BodyPublishers.ofByteArray(body));
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Property
  void everyAnswerIsAnEnvelopeAndTheStoreHoldsExactlyThe200s(@ForAll("attempts") Attempt attempt) {
    StubHttp.Call call = call(attempt);
    if (attempt.targetHeader() != null) {
      call.header("x-magic-new-hc-target", attempt.targetHeader());
    }
    if (attempt.validateOnly() != null) {
      call.query("validate_only=" + attempt.validateOnly());
    }

    StubHttp.Reply reply = call.send();
    String method = switch (attempt.write()) {
      case CREATE, CREATE_SEVERAL -> "POST";
      case UPDATE, UPDATE_SEVERAL -> "PUT";
      case DELETE -> "DELETE";
    };
    LEDGER.record(attempt.account(), method, reply, !"true".equalsIgnoreCase(attempt.validateOnly()));

    assertThat(reply.status()).as("status of %s", reply).isNotEqualTo(500);
    if (reply.status() == 200) {
      Expect.success(reply);
    } else {
      assertThat(reply.status()).as("status of %s", reply).isBetween(400, 499);
      Expect.failure(reply, reply.status());
    }
    LEDGER.assertStoreMatches(server.store());
  }

  @Provide
  Arbitrary<Attempt> attempts() {
    Arbitrary<String> account = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.just(StubHttp.ACCOUNT)),
        net.jqwik.api.Tuple.of(4, Arbitraries.just(StubHttp.OTHER_ACCOUNT)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("0123456789abcdef0123456789abcdef")),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(33).ofMaxLength(40)));
    Arbitrary<String> header = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("true", "false", "TRUE", "False"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));
    Arbitrary<String> validateOnly = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.just(null)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("true", "false")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("yes", "1", "", "TRUE&validate_only=false")));
    Arbitrary<Write> write = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(Write.CREATE)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Write.CREATE_SEVERAL)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Write.UPDATE)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Write.UPDATE_SEVERAL)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Write.DELETE)));
    return Combinators.combine(write, account, header, validateOnly, bodies()).as(Attempt::new);
  }

  /** Bodies: a valid create (names from a pool of 500, so duplicates happen), then mangled one way or another. */
  static Arbitrary<byte[]> bodies() {
    Arbitrary<ObjectNode> valid = Combinators.combine(Arbitraries.integers().between(0, 499), Arbitraries.of(true, false))
        .as((number, full) -> {
          ObjectNode body = Bodies.minimal("F" + number);
          if (full) {
            Bodies.set(body, "/mtu", "1476");
            Bodies.set(body, "/health_check", "{\"enabled\":true,\"rate\":\"mid\",\"type\":\"reply\",\"target\":\"203.0.113.2\"}");
            Bodies.set(body, "/bgp", "{\"customer_asn\":64512,\"md5_key\":\"k3y! with space\",\"extra_prefixes\":[\"10.0.0.0/24\"]}");
          }
          return body;
        });
    Arbitrary<byte[]> wrongValue = Combinators.combine(valid, Arbitraries.of(POINTERS), values())
        .as((body, pointer, value) -> bytes(setRaw(body, pointer, value)));
    Arbitrary<byte[]> missing = Combinators.combine(valid, Arbitraries.of(POINTERS))
        .as((body, pointer) -> bytes(Bodies.set(body, pointer, null).toString()));
    Arbitrary<byte[]> duplicateKey = Combinators.combine(valid, Arbitraries.of("name", "mtu", "bgp"))
        .as((body, key) -> bytes("{\"" + key + "\":" + body.get("bgp".equals(key) ? "name" : key) + "," + body.toString().substring(1)));
    Arbitrary<byte[]> truncated = Combinators.combine(valid, Arbitraries.integers().between(0, 1000))
        .as((body, cut) -> {
          byte[] all = bytes(body.toString());
          return java.util.Arrays.copyOf(all, Math.min(cut, all.length - 1));
        });
    Arbitrary<byte[]> invalidUtf8 = Combinators.combine(valid, Arbitraries.of("name", "description"),
            Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF0, (byte) 0x9F}))
        .as((body, field, junk) -> {
          String json = setRaw(body, "/" + field, "\"@@\"");
          int at = json.indexOf("@@");
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(bytes(json.substring(0, at)));
          out.writeBytes(junk);
          out.writeBytes(bytes(json.substring(at + 2)));
          return out.toByteArray();
        });
    Arbitrary<byte[]> deep = Combinators.combine(Arbitraries.integers().between(1, 5000), Arbitraries.of("[", "{\"a\":"))
        .as((depth, open) -> bytes(open.repeat(depth)));
    Arbitrary<byte[]> junk = Arbitraries.oneOf(
        Arbitraries.just(new byte[0]),
        Arbitraries.of("null", "[]", "\"x\"", "42", "{} {}", "{", "}", "{\"name\"}", "\u0000", "\uFEFF{}")
            .map(HostileBodyFuzzTest::bytes),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, valid.map(body -> bytes(body.toString()))),
        net.jqwik.api.Tuple.of(10, wrongValue),
        net.jqwik.api.Tuple.of(3, missing),
        net.jqwik.api.Tuple.of(2, duplicateKey),
        net.jqwik.api.Tuple.of(2, truncated),
        net.jqwik.api.Tuple.of(2, invalidUtf8),
        net.jqwik.api.Tuple.of(1, deep),
        net.jqwik.api.Tuple.of(2, junk));
  }

  /** Raw JSON values of every kind, and strings meant to hurt: long, non-ASCII, control characters. */
  static Arbitrary<String> values() {
    Arbitrary<String> hostileStrings = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5),
        Arbitraries.strings().withChars('é', 'ß', '\u200b', '\u202e', 'Ω', '中', '"', '?', '\\', '\u007f').ofMinLength(1).ofMaxLength(16),
        Arbitraries.integers().between(16, 200_000).map("A"::repeat),
        Arbitraries.of("GRE_1", "203.0.113.1", "10.212.0.0/31", "::1", "low", "mid", "reply", "request", "bidirectional",
            "2606:54c1:7:0:a9fe:12d2:1:200/127", "0123456789abcdef0123456789abcdef"));
    return Arbitraries.oneOf(
        Arbitraries.of("null", "true", "false", "0", "-1", "575", "576", "1476.0", "1e3", "-0", "2147483647", "2147483648",
            "99999999999999999999", "-99999999999999999999", "1.7976931348623157E309", "[]", "{}", "[null]", "[1,2]",
            "{\"saved\":null}", "{\"saved\":\"203.0.113.9\",\"effective\":7}", "[\"10.0.0.0/8\", 5]"),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf),
        hostileStrings.map(text -> StubHttp.JSON.getNodeFactory().textNode(text).toString()));
  }

  private static String setRaw(ObjectNode body, String pointer, String rawJson) {
    JsonNode value;
    try {
      value = StubHttp.JSON.readTree(rawJson);
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      throw new IllegalStateException(notJson);
    }
    return Bodies.set(body, pointer, value.toString()).toString();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
