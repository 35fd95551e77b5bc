package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.store.InMemoryTunnelStore;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #3, point 6: every other failure is the envelope too, never HTML, an empty body or a stack trace. */
class HttpFailuresTest {

  private static final int ONE_MIB = 1024 * 1024;

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  @ParameterizedTest(name = "body {0} -> 400 6007")
  @ValueSource(strings = {"", "{", "{\"name\": ", "{\"name\": \"GRE_1\",}", "{name: \"GRE_1\"}", "[1, 2", "nul",
      "{} {}", "{\"name\": \"a\", \"name\": \"b\"}", "{\"name\": 'GRE_1'}", "\u00ff\u00fe"})
  void malformedJsonIs6007(String body) {
    StubHttp.Reply reply = STUB.http().create(body).send();

    Expect.failure(reply, 400, 6007, null);
    assertThat(STUB.server().store().size()).isZero();
  }

  @Test
  void jsonNestedDeeperThanTheParsersLimitIsMalformed() {
    String body = "{\"bgp\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

    Expect.failure(STUB.http().create(body).send(), 400, 6007, null);
  }

  @Test
  void aGzipBodyIsNotDecoded() throws java.io.IOException {
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
      gzip.write(Bodies.minimal().toString().getBytes(StandardCharsets.UTF_8));
    }

    StubHttp.Reply reply = STUB.http().create("").header("Content-Encoding", "gzip")
        .body(BodyPublishers.ofByteArray(zipped.toByteArray())).send();

    Expect.failure(reply, 400, 6007, null);
    assertThat(STUB.server().store().size()).isZero();
  }

  @Test
  void aMalformedJsonMessageGivesThePositionButNotTheText() {
    StubHttp.Reply reply = STUB.http().create("{\"md5_key\": TopSecret}").send();

    JsonNode body = Expect.failure(reply, 400, 6007, null);
    assertThat(body.at("/errors/0/message").asText()).contains("line 1").doesNotContain("TopSecret");
  }

  @ParameterizedTest(name = "Content-Type {0} -> 415 9207")
  @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "text/json",
      "application/json-patch+json", "multipart/form-data; boundary=x", "<none>"})
  void aContentTypeOtherThanJsonIs415(String contentType) {
    String sent = "<none>".equals(contentType) ? null : contentType;

    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).header("Content-Type", sent).send();

    Expect.failure(reply, 415, 9207, null);
    assertThat(STUB.server().store().size()).isZero();
  }

  @ParameterizedTest(name = "Content-Type {0} -> 200")
  @ValueSource(strings = {"application/json; charset=UTF-8", "application/json;charset=utf-8", "Application/JSON"})
  void jsonWithParametersOrInAnyCaseIsAccepted(String contentType) {
    Expect.success(STUB.http().create(Bodies.minimal()).header("Content-Type", contentType).send());
  }

  @Test
  void aBodyOfExactlyOneMibIsRead() {
    StubHttp.Reply reply = STUB.http().create(padded(ONE_MIB)).send();

    Expect.success(reply);
  }

  @Test
  void aBodyOverOneMibWithContentLengthIs413() {
    byte[] body = padded(ONE_MIB + 1).getBytes(StandardCharsets.UTF_8);

    StubHttp.Reply reply = STUB.http().create("").body(BodyPublishers.ofByteArray(body)).send();

    Expect.failure(reply, 413, 1020, null);
    assertThat(STUB.server().store().size()).isZero();
  }

  @Test
  void aChunkedBodyOverOneMibIs413() {
    byte[] body = padded(ONE_MIB + 1).getBytes(StandardCharsets.UTF_8);

    StubHttp.Reply reply = STUB.http().create("")
        .body(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).send();

    Expect.failure(reply, 413, 1020, null);
    assertThat(STUB.server().store().size()).isZero();
  }

  static Stream<Arguments> unknownPaths() {
    return Stream.of(
        Arguments.of("POST", "/accounts/" + StubHttp.ACCOUNT + "/magic/ipsec_tunnels", false),
        Arguments.of("POST", "/accounts/" + StubHttp.ACCOUNT + "/magic/gre_tunnels/abc/def", false),
        Arguments.of("GET", "/", false),
        Arguments.of("POST", "/", true),
        Arguments.of("GET", "/client/v4", true),
        Arguments.of("POST", "/accounts/" + StubHttp.ACCOUNT + "/magic/gre_tunnels", true),
        Arguments.of("GET", "/favicon.ico", true),
        Arguments.of("POST", "/client/v5/accounts/" + StubHttp.ACCOUNT + "/magic/gre_tunnels", true));
  }

  @ParameterizedTest(name = "{0} {1} (from the root: {2}) -> 404 7000")
  @MethodSource("unknownPaths")
  void anUnknownPathIs404(String method, String path, boolean fromRoot) {
    StubHttp.Call call = STUB.http().create(Bodies.minimal()).method(method);
    call = fromRoot ? call.rootPath(path) : call.path(path);
    if ("GET".equals(method)) {
      call.body(BodyPublishers.noBody());
    }

    StubHttp.Reply reply = call.send();

    Expect.failure(reply, 404, 7000, null);
    assertThat(reply.text()).doesNotContain("<html");
    assertThat(STUB.server().store().size()).isZero();
  }

  @Test
  void anAccountIdOver32CharactersIsCloudflaresRoutingError() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).account(StubHttp.ACCOUNT + "0").send();

    JsonNode body = Expect.failure(reply, 400, 7003, null);
    assertThat(body.at("/errors/0/message").asText()).isEqualTo("Could not route to /client/v4/accounts/"
        + StubHttp.ACCOUNT + "0/magic/gre_tunnels, perhaps your object identifier is invalid?");
    assertThat(STUB.server().store().size()).isZero();
  }

  @Test
  void theRouteChecksComeBeforeCredentialsAndAreReportedTogether() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).account(StubHttp.ACCOUNT + "0").noAuth()
        .header("x-magic-new-hc-target", "yes").query("validate_only=maybe").send();

    Expect.failure(reply, 400);
    assertThat(Expect.codes(reply)).containsExactly(7003, 1016, 1016);
  }

  @Test
  void bytesThatAreNotUtf8AreMalformedJson() {
    byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    StubHttp.Reply reply = STUB.http().create("").body(BodyPublishers.ofByteArray(body)).send();

    Expect.failure(reply, 400, 6007, null);
  }

  @Test
  void anAccountIdOf32CharactersIsFine() {
    assertThat(StubHttp.ACCOUNT).hasSize(32);

    Expect.success(STUB.http().create(Bodies.minimal()).send());
  }

  @Test
  void anUnexpectedExceptionIsA500WithAGenericMessage() {
    try (StubServer failing = StubServer.start(StubSettings.ephemeral(), new ExplodingStore())) {
      StubHttp.Reply reply = new StubHttp(failing).create(Bodies.minimal()).send();

      JsonNode body = Expect.failure(reply, 500, 10500, null);
      String message = body.at("/errors/0/message").asText();
      assertThat(message).startsWith("Internal server error");
      assertThat(reply.text()).doesNotContain("disk on fire", "Exception", "at dev.magicgre");
    }
  }

  /** A valid minimal create padded with spaces to exactly {@code size} bytes. */
  private static String padded(int size) {
    String body = Bodies.minimal().toString();
    char[] padding = new char[size - body.length()];
    Arrays.fill(padding, ' ');
    return body + new String(padding);
  }

  /** A store whose every write fails the way a bug would. */
  private static final class ExplodingStore implements dev.magicgre.stub.store.TunnelStore {
    private final InMemoryTunnelStore delegate = new InMemoryTunnelStore();

    @Override
    public void insertAll(String accountId, java.util.List<GreTunnel> tunnels, Write write) {
      throw new IllegalStateException("disk on fire");
    }

    @Override
    public java.util.Optional<GreTunnel> find(String accountId, String id) {
      return delegate.find(accountId, id);
    }

    @Override
    public void forEach(String accountId, java.util.function.Consumer<? super GreTunnel> each) {
      delegate.forEach(accountId, each);
    }

    @Override
    public java.util.List<GreTunnel> replaceAll(String accountId, java.util.List<TunnelChange> changes, Write write) {
      throw new IllegalStateException("disk on fire");
    }

    @Override
    public java.util.Optional<GreTunnel> delete(String accountId, String id, Write write) {
      throw new IllegalStateException("disk on fire");
    }

    @Override
    public long clear() {
      return delegate.clear();
    }

    @Override
    public long clear(String accountId) {
      return delegate.clear(accountId);
    }

    @Override
    public long size() {
      return delegate.size();
    }
  }
}
