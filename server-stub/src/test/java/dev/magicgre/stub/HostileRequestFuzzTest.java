package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.auth.Identities;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue #8, point 1 (requests): generated request lines and headers written on a plain socket, including what
 * no HTTP client library sends: unknown methods, an account id with {@code ..}, an encoded slash or NUL,
 * characters illegal in a path (raw control bytes and non-ASCII too), junk in {@code x-magic-new-hc-target} and
 * {@code Authorization} (control characters, non-ASCII bytes), wrong or non-numeric {@code Content-Length},
 * broken chunked framing, a gzip {@code Content-Encoding} over garbage, and bodies cut short by a client that
 * then half-closes. Every answer must be a 200 or a 4xx envelope (a cut-short body may also just be closed), and
 * after every case the store must hold exactly the tunnels answered 200.
 */
class HostileRequestFuzzTest {

  private static final int WAIT_MILLIS = 20_000;

  private static StubServer server;
  private static final CreateLedger LEDGER = new CreateLedger();

  @BeforeContainer
  static void start() {
    server = StubServer.start(StubSettings.ephemeral().withTimeouts(2, 2));
  }

  @AfterContainer
  static void stop() {
    System.out.println("HARDENING FIGURES HostileRequestFuzzTest: " + LEDGER.figures(server.store()));
    server.close();
  }

  /** The account segment as sent; {@code account} is the account a 200 would be stored in (null: none). */
  record Segment(String raw, String account) {
  }

  /** How the body is framed: honestly, with a wrong length, chunked (maybe broken), or cut short. */
  enum Framing { CONTENT_LENGTH, NO_LENGTH, LENGTH_TOO_SMALL, NON_NUMERIC_LENGTH, CHUNKED, BROKEN_CHUNKED, CUT_SHORT }

  record Attempt(String method, Segment segment, String suffix, List<String> headers, Framing framing, byte[] body) {

    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(latin1(method + " /client/v4/accounts/" + segment.raw() + "/magic/gre_tunnels" + suffix + " HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nConnection: close\r\n"));
      headers.forEach(header -> out.writeBytes(latin1(header + "\r\n")));
      switch (framing) {
        case CONTENT_LENGTH, CUT_SHORT -> out.writeBytes(latin1("Content-Length: " + body.length + "\r\n\r\n"));
        case NO_LENGTH -> out.writeBytes(latin1("\r\n"));
        case LENGTH_TOO_SMALL -> out.writeBytes(latin1("Content-Length: " + body.length / 2 + "\r\n\r\n"));
        case NON_NUMERIC_LENGTH -> out.writeBytes(latin1("Content-Length: 1x" + body.length + "\r\n\r\n"));
        case CHUNKED -> out.writeBytes(latin1("Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length) + "\r\n"));
        case BROKEN_CHUNKED -> out.writeBytes(latin1("Transfer-Encoding: chunked\r\n\r\nzz" + body.length + "\r\n"));
        default -> throw new IllegalStateException();
      }
      if (framing == Framing.CUT_SHORT) {
        out.write(body, 0, body.length / 2);
      } else if (framing != Framing.NO_LENGTH) {
        out.writeBytes(body);
      }
      if (framing == Framing.CHUNKED) {
        out.writeBytes(latin1("\r\n0\r\n\r\n"));
      }
      return out.toByteArray();
    }

    @Override
    public String toString() {
      byte[] all = bytes();
      return new String(all, 0, Math.min(all.length, 600), StandardCharsets.ISO_8859_1);
    }
  }

  @Property
  void everyAnswerIsAnEnvelopeAndTheStoreHoldsExactlyThe200s(@ForAll("attempts") Attempt attempt) throws IOException {
    RawHttp.Outcome outcome = send(attempt);
    LEDGER.record(attempt.segment().account(), attempt.method(), outcome.reply(),
        !attempt.suffix().toLowerCase().contains("validate_only=true"));

    assertThat(outcome.noAnswerInTime()).as("no answer to %s", attempt).isFalse();
    if (attempt.framing() != Framing.CUT_SHORT || outcome.answered()) {
      assertThat(outcome.answered()).as("closed without answer: %s", attempt).isTrue();
      StubHttp.Reply reply = outcome.reply();
      if ("HEAD".equals(attempt.method())) {
        // an answer to HEAD has no body, as HTTP requires (its headers say what the body would be)
        assertThat(reply.status()).as("status of %s for %s", reply, attempt).isBetween(400, 499);
      } else if (reply.status() == 200) {
        assertThat(attempt.segment().account()).as("a 200 for an account not asked for: %s", attempt).isNotNull();
        Expect.success(reply);
      } else {
        assertThat(reply.status()).as("status of %s for %s", reply, attempt).isBetween(400, 499);
        Expect.failure(reply, reply.status());
      }
    }
    LEDGER.assertStoreMatches(server.store());
  }

  /** A cut-short body is followed by a half-close: the client says it will send no more and waits for an answer. */
  private static RawHttp.Outcome send(Attempt attempt) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(WAIT_MILLIS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(attempt.bytes());
        out.flush();
        if (attempt.framing() == Framing.CUT_SHORT) {
          socket.shutdownOutput();
        }
      } catch (IOException closedWhileSending) {
        // the server may answer and close before reading everything: read its answer
      }
      return RawHttp.read(socket.getInputStream());
    }
  }

  @Provide
  Arbitrary<Attempt> attempts() {
    Arbitrary<String> method = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just("POST")),
        Tuple.of(3, Arbitraries.of("GET", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT", "PRI", "post")),
        Tuple.of(2, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(12)),
        Tuple.of(1, Arbitraries.strings().withCharRange('\u0001', '\u00ff').ofMinLength(1).ofMaxLength(8)
            .map(text -> text.replaceAll("[ \r\n]", "_"))));
    Arbitrary<Segment> segment = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(new Segment(StubHttp.ACCOUNT, StubHttp.ACCOUNT))),
        Tuple.of(4, Arbitraries.just(new Segment(StubHttp.OTHER_ACCOUNT, StubHttp.OTHER_ACCOUNT))),
        Tuple.of(6, Arbitraries.of("..", "%2E%2E", "a/..", "%2F", "a%2Fb", "%00", "a%00b", "%zz", "%", "%C3%28", "|", "{x}", "<>",
            "\"", "`", "^", "\\", "a;b", "a?b", "a#b", "%20", "023e105f4ecef8ad9ca31a8372d0c353%00",
            "023e105f4ecef8ad9ca31a8372d0c353/..", "x".repeat(33), "x".repeat(5000))
            .map(raw -> new Segment(raw, null))),
        Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMinLength(1).ofMaxLength(12)
            .map(text -> new Segment(text.replaceAll("[ \r\n\t/?#]", "_"), null))));
    Arbitrary<String> suffix = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just("")),
        Tuple.of(2, Arbitraries.of("?validate_only=true", "?validate_only=false", "?validate_only=%", "?validate_only=%zz",
            "?validate_only=junk", "/", "%2F", "/extra", "?a=%00", "?{}|")));
    Arbitrary<List<String>> headers = Combinators.combine(authorization(), contentType(), junkHeader())
        .as((auth, type, junk) -> java.util.stream.Stream.of(auth, type, junk).filter(header -> header != null).toList());
    Arbitrary<Framing> framing = Arbitraries.frequencyOf(
        Tuple.of(14, Arbitraries.just(Framing.CONTENT_LENGTH)),
        Tuple.of(1, Arbitraries.just(Framing.NO_LENGTH)),
        Tuple.of(1, Arbitraries.just(Framing.LENGTH_TOO_SMALL)),
        Tuple.of(1, Arbitraries.just(Framing.NON_NUMERIC_LENGTH)),
        Tuple.of(2, Arbitraries.just(Framing.CHUNKED)),
        Tuple.of(1, Arbitraries.just(Framing.BROKEN_CHUNKED)),
        Tuple.of(1, Arbitraries.just(Framing.CUT_SHORT)));
    return Combinators.combine(method, segment, suffix, headers, framing, HostileBodyFuzzTest.bodies()).as(Attempt::new);
  }

  private static Arbitrary<String> authorization() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just("Authorization: Bearer " + Identities.EXAMPLE_TOKEN)),
        Tuple.of(1, Arbitraries.just(null)),
        Tuple.of(2, Arbitraries.of("Authorization: Bearer", "Authorization: Bearer  " + Identities.EXAMPLE_TOKEN,
            "Authorization: Basic dXNlcjpwYXNz", "Authorization: bearer " + Identities.EXAMPLE_TOKEN + "x",
            "Authorization: Bearer " + Identities.EXAMPLE_TOKEN + "\u0001", "Authorization: Bearer \u00e9\u00e9",
            "Authorization: " + "B".repeat(7000))));
  }

  private static Arbitrary<String> contentType() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just("Content-Type: application/json")),
        Tuple.of(2, Arbitraries.of("Content-Type: text/plain", "Content-Type: application/json; charset=\u00ff",
            "Content-Type: application/json\nContent-Encoding: gzip", "Content-Type: ;;;", "Content-Type: application/json, text/html")),
        Tuple.of(1, Arbitraries.just(null)));
  }

  private static Arbitrary<String> junkHeader() {
    Arbitrary<String> junkValue = Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20)
        .map(text -> text.replaceAll("[\r\n]", " "));
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(null)),
        Tuple.of(3, junkValue.map(value -> "x-magic-new-hc-target: " + value)),
        Tuple.of(1, Arbitraries.of("x-magic-new-hc-target: true", "x-magic-new-hc-target: false")),
        Tuple.of(1, Arbitraries.of("Content-Encoding: gzip", "Content-Encoding: deflate", "Expect: 100-continue",
            "Expect: junk", "Transfer-Encoding: gzip", "Upgrade: h2c\r\nConnection: Upgrade", "X-Big: " + "v".repeat(9000))),
        Tuple.of(1, junkValue.map(value -> "X-\u00e9" + value.replace(':', '_') + ": x")));
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
