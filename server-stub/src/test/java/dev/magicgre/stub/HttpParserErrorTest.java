package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.auth.Identities;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests Grizzly's HTTP parser refuses before any handler runs. Grizzly answered them with an empty 400 or
 * 505; the stub answers 400 code 1019 with the envelope. Only bytes that never form a request line get no
 * answer (there is nothing to answer yet): the connection is closed after the idle timeout.
 */
class HttpParserErrorTest {

  private static final String TARGET = "/client/v4" + StubHttp.tunnelsPath(StubHttp.ACCOUNT);
  private static final int WAIT_MILLIS = 20_000;

  private static StubServer server;

  @BeforeAll
  static void start() {
    server = StubServer.start(StubSettings.ephemeral().withTimeouts(1, 1));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String create(String requestLine, String extraHeaders, String body) {
    return requestLine + "\r\n"
        + "Host: 127.0.0.1\r\n"
        + "Authorization: Bearer " + Identities.EXAMPLE_TOKEN + "\r\n"
        + "Content-Type: application/json\r\n"
        + extraHeaders
        + "\r\n" + body;
  }

  @Test
  void aHeaderBlockOver8KiBIs400WithTheEnvelope() throws IOException {
    String body = Bodies.minimal().toString();
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), create("POST " + TARGET + " HTTP/1.1",
        "X-Padding: " + "a".repeat(9000) + "\r\nContent-Length: " + body.length() + "\r\n", body), WAIT_MILLIS);

    Expect.failure(outcome.reply(), 400, 1019, null);
    assertThat(server.store().size()).isZero();
  }

  @ParameterizedTest(name = "Content-Length: {0}")
  @ValueSource(strings = {"abc", "-5", "12x", "99999999999999999999999"})
  void aContentLengthThatIsNotANumberIs400WithTheEnvelope(String length) throws IOException {
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), create("POST " + TARGET + " HTTP/1.1",
        "Content-Length: " + length + "\r\n", Bodies.minimal().toString()), WAIT_MILLIS);

    Expect.failure(outcome.reply(), 400, 1019, null);
    assertThat(server.store().size()).isZero();
  }

  @Test
  void aSpaceInsideTheRequestTargetIs400NotAnEmpty505() throws IOException {
    String body = Bodies.minimal().toString();
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), create("POST /client/v4/accounts/a b/magic/gre_tunnels HTTP/1.1",
        "Content-Length: " + body.length() + "\r\n", body), WAIT_MILLIS);

    Expect.failure(outcome.reply(), 400, 1019, null);
    assertThat(server.store().size()).isZero();
  }

  @Test
  void aBadHeaderAfterARequestLineWithoutProtocolIs400NotAClosedConnection() throws IOException {
    // a tab for a method leaves no recognisable protocol, and the bad Content-Length is refused before that is seen
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), create("\t " + TARGET + " HTTP/1.1",
        "Content-Length: 1x5\r\n", "{}"), WAIT_MILLIS);

    Expect.failure(outcome.reply(), 400, 1019, null);
    assertThat(server.store().size()).isZero();
  }

  @Test
  void anHttp11RequestWithoutHostIs400WithTheEnvelope() throws IOException {
    String body = Bodies.minimal().toString();
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), "POST " + TARGET + " HTTP/1.1\r\n"
        + "Authorization: Bearer " + Identities.EXAMPLE_TOKEN + "\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body, WAIT_MILLIS);

    Expect.failure(outcome.reply(), 400, 1019, null);
    assertThat(server.store().size()).isZero();
  }

  @Test
  void brokenChunkedFramingIsA4xxEnvelope() throws IOException {
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), create("POST " + TARGET + " HTTP/1.1",
        "Transfer-Encoding: chunked\r\n", "zz\r\n{\"name\":\r\n"), WAIT_MILLIS);

    assertThat(outcome.answered()).as("%s", outcome).isTrue();
    Expect.failure(outcome.reply(), outcome.reply().status());
    assertThat(outcome.reply().status()).isBetween(400, 499);
    assertThat(server.store().size()).isZero();
  }

  @ParameterizedTest(name = "body {0}")
  @ValueSource(booleans = {true, false})
  void anExpectationOtherThan100ContinueIs417WithTheEnvelope(boolean withBody) throws IOException {
    String body = withBody ? Bodies.minimal().toString() : "";
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), create("POST " + TARGET + " HTTP/1.1",
        "Expect: junk\r\nContent-Length: " + body.length() + "\r\n", body), WAIT_MILLIS);

    Expect.failure(outcome.reply(), 417, 1000, null);
    assertThat(server.store().size()).isZero();
  }

  @ParameterizedTest(name = "method {0}")
  @ValueSource(strings = {"FOO", "PATCH", "TRACE", "CONNECT", "PRI", "G.E-T", "post"})
  void anUnknownOrUnusualMethodIsA4xxEnvelope(String method) throws IOException {
    String body = Bodies.minimal().toString();
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), create(method + " " + TARGET + " HTTP/1.1",
        "Content-Length: " + body.length() + "\r\nConnection: close\r\n", body), WAIT_MILLIS);

    assertThat(outcome.answered()).as("%s", outcome).isTrue();
    Expect.failure(outcome.reply(), outcome.reply().status());
    assertThat(outcome.reply().status()).isBetween(400, 499);
    assertThat(server.store().size()).isZero();
  }

  /**
   * Bytes without a space or a line end never complete a request line, so there is no request to answer yet;
   * the parser waits, and the idle timeout (1 s here) closes the connection. Nothing is stored.
   */
  @Test
  void bytesThatNeverFormARequestLineAreClosedAfterTheIdleTimeout() throws IOException {
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), "\u0016\u0003\u0001garbage-that-is-not-http", WAIT_MILLIS);

    assertThat(outcome.closedWithoutAnswer()).as("%s", outcome).isTrue();
    assertThat(server.store().size()).isZero();
  }
}
