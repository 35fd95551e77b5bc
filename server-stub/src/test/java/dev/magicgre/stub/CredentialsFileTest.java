package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.magicgre.stub.auth.Identities;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue #3, point 5: identities from a credentials file replace the defaults. */
class CredentialsFileTest {

  static final String ACCOUNT_A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  static final String ACCOUNT_B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  static final String TRANSIT_TOKEN = "transit-writer-token-0001";
  static final String WAN_TOKEN = "wan-writer-token-0002";
  static final String READ_TOKEN = "wan-reader-token-0003";
  static final String EMAIL = "ops@example.net";
  static final String KEY = "0f5e9a3c7b1d4e2f8a6c0b9d3e7f1a5c2b4d";

  /** The example of docs/stub-behaviour.md, with its values. */
  static final String FILE = """
      {
        "tokens": [
          {"name": "ci-transit", "token": "%s", "permissions": ["Magic Transit Write"], "accounts": ["%s"]},
          {"name": "ci-wan", "token": "%s", "permissions": ["Magic WAN Write"], "accounts": ["%s", "%s"]},
          {"name": "dashboard", "token": "%s", "permissions": ["Magic WAN Read"], "accounts": ["%s"]}
        ],
        "keys": [
          {"email": "%s", "key": "%s", "permissions": ["Magic WAN Write"], "accounts": ["%s"]}
        ]
      }
      """.formatted(TRANSIT_TOKEN, ACCOUNT_A, WAN_TOKEN, ACCOUNT_A, ACCOUNT_B, READ_TOKEN, ACCOUNT_A,
      EMAIL, KEY, ACCOUNT_B);

  @TempDir
  static Path dir;

  private static StubServer server;
  private static StubHttp http;

  @BeforeAll
  static void start() throws Exception {
    Path file = Files.writeString(dir.resolve("credentials.json"), FILE);
    server = StubServer.start(StubSettings.ephemeral().withCredentialsFile(file));
    http = new StubHttp(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Transit token on its account", bearer(TRANSIT_TOKEN, ACCOUNT_A), 200, 0),
        Arguments.of("Transit token on another account", bearer(TRANSIT_TOKEN, ACCOUNT_B), 403, 10000),
        Arguments.of("WAN token on its first account", bearer(WAN_TOKEN, ACCOUNT_A), 200, 0),
        Arguments.of("WAN token on its second account", bearer(WAN_TOKEN, ACCOUNT_B), 200, 0),
        Arguments.of("read-only token", bearer(READ_TOKEN, ACCOUNT_A), 403, 10000),
        Arguments.of("key on its account", key(EMAIL, KEY, ACCOUNT_B), 200, 0),
        Arguments.of("key on another account", key(EMAIL, KEY, ACCOUNT_A), 403, 10000),
        Arguments.of("wrong key", key(EMAIL, "0f5e9a3c7b1d4e2f8a6c0b9d3e7f1a5c2b4e", ACCOUNT_B), 403, 9103),
        Arguments.of("the page's token is not known any more", bearer(Identities.EXAMPLE_TOKEN, StubHttp.ACCOUNT), 403, 9109),
        Arguments.of("the page's key is not known any more",
            key(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_KEY, StubHttp.ACCOUNT), 403, 9103));
  }

  @ParameterizedTest(name = "{0} -> {2} {3}")
  @MethodSource("cases")
  void theFilesIdentitiesAreTheOnlyOnes(String what, UnaryOperator<StubHttp.Call> setup, int status, int code) {
    server.store().clear();

    StubHttp.Reply reply = setup.apply(http.create(Bodies.minimal())).send();

    if (status == 200) {
      Expect.success(reply);
      assertThat(server.store().size()).isEqualTo(1);
    } else {
      Expect.failure(reply, status, code, null);
      assertThat(server.store().size()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenFileStopsTheStartNamingTheFileButNoSecret(String what, String content, String expected) throws Exception {
    Path file = Files.writeString(dir.resolve("broken.json"), content);

    Throwable thrown = catchThrowable(() -> StubServer.start(StubSettings.ephemeral().withCredentialsFile(file)));

    assertThat(thrown).isInstanceOf(UncheckedIOException.class);
    StringBuilder everything = new StringBuilder();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      everything.append(cause).append('\n');
    }
    assertThat(everything.toString()).contains("broken.json", expected).doesNotContain("s3cretT0ken");
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("unquoted token", "{\"tokens\": [{\"token\": s3cretT0ken}]}", "line 1"),
        Arguments.of("misspelt field", "{\"tokens\": [{\"tokn\": \"s3cretT0ken\"}]}", "unknown field \"tokn\""),
        Arguments.of("token missing", "{\"tokens\": [{\"name\": \"x\"}]}", "every token needs"),
        Arguments.of("key without e-mail", "{\"keys\": [{\"key\": \"s3cretT0ken\"}]}", "every key needs"),
        Arguments.of("not an object", "[\"s3cretT0ken\"]", "not a valid credentials file"));
  }

  @Test
  void nullListsAndEntriesAreTolerated() throws Exception {
    Path file = Files.writeString(dir.resolve("sparse.json"),
        "{\"tokens\": [{\"token\": \"t0k\", \"permissions\": [\"Magic WAN Write\", null], \"accounts\": [\"%s\"]}, null],"
            .formatted(StubHttp.ACCOUNT) + " \"keys\": null}");

    try (StubServer sparse = StubServer.start(StubSettings.ephemeral().withCredentialsFile(file))) {
      Expect.success(new StubHttp(sparse).create(Bodies.minimal()).header("Authorization", "Bearer t0k").send());
    }
  }

  private static UnaryOperator<StubHttp.Call> bearer(String token, String account) {
    return call -> call.header("Authorization", "Bearer " + token).account(account);
  }

  private static UnaryOperator<StubHttp.Call> key(String email, String key, String account) {
    return call -> call.globalKey(email, key).account(account);
  }
}
