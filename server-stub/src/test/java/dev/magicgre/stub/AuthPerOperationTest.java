package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.auth.Identities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #12, point 3: authentication on every operation, and authorisation per operation: the reads (list, get)
 * accept a Read or a Write permission, the writes need a Write one. Two stubs: one with the default identities,
 * one with a credentials file holding one identity per permission.
 */
class AuthPerOperationTest {

  private static final String ACCOUNT = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String STRANGER_ACCOUNT = "0123456789abcdef0123456789abcdef";
  private static final java.util.Set<String> WRITE = java.util.Set.of("Magic WAN Write", "Magic Transit Write");
  private static final java.util.Set<String> READ =
      java.util.Set.of("Magic WAN Read", "Magic Transit Read", "Magic WAN Write", "Magic Transit Write");
  /** One token per permission; the last grants nothing here. */
  private static final List<String> PERMISSIONS =
      List.of("Magic WAN Read", "Magic Transit Read", "Magic WAN Write", "Magic Transit Write", "Magic Firewall Write");

  @TempDir
  static Path dir;

  private static StubServer defaults;
  private static StubServer fromFile;
  private static String tunnelId;

  @BeforeAll
  static void start() throws Exception {
    StringBuilder tokens = new StringBuilder();
    for (String permission : PERMISSIONS) {
      tokens.append(tokens.length() == 0 ? "" : ",").append("{\"token\": \"").append(token(permission))
          .append("\", \"permissions\": [\"").append(permission).append("\"], \"accounts\": [\"").append(ACCOUNT).append("\"]}");
    }
    Path file = Files.writeString(dir.resolve("credentials.json"), "{\"tokens\": [" + tokens + "]}");
    defaults = StubServer.start(StubSettings.ephemeral());
    fromFile = StubServer.start(StubSettings.ephemeral().withCredentialsFile(file));
  }

  @AfterAll
  static void stop() {
    defaults.close();
    fromFile.close();
  }

  @BeforeEach
  void oneTunnelInEachStub() {
    defaults.store().clear();
    fromFile.store().clear();
    tunnelId = Expect.success(new StubHttp(defaults).create(Bodies.minimal("KEEP")).send()).path("id").asText();
    new StubHttp(fromFile).create(Bodies.minimal("KEEP")).account(ACCOUNT)
        .header("Authorization", "Bearer " + token("Magic WAN Write")).send();
  }

  /** The six operations, each as a request on the one tunnel of the stub (creates and updates use a new name). */
  static Stream<Arguments> operations() {
    return Stream.of(
        Arguments.of("list", false, op((http, id) -> http.list())),
        Arguments.of("get", false, op((http, id) -> http.get(id))),
        Arguments.of("create", true, op((http, id) -> http.create(Bodies.minimal("NEW")))),
        Arguments.of("update", true, op((http, id) -> http.update(id, Bodies.minimal("NEW")))),
        Arguments.of("update several", true, op((http, id) -> http.updateSeveral(Bodies.several(Bodies.withId(id, Bodies.minimal("NEW")))))),
        Arguments.of("delete", true, op((http, id) -> http.delete(id))));
  }

  @ParameterizedTest(name = "{0}: the read-only token -> {1} ? 403 10000 : 200")
  @MethodSource("operations")
  void theReadOnlyTokenReadsButNeverWrites(String operation, boolean write, BiFunction<StubHttp, String, StubHttp.Call> call) {
    List<GreTunnel> before = defaults.store().list(StubHttp.ACCOUNT);

    StubHttp.Reply reply = call.apply(new StubHttp(defaults), tunnelId)
        .header("Authorization", "Bearer " + Identities.EXAMPLE_READ_ONLY_TOKEN).send();

    if (write) {
      Expect.failure(reply, 403, 10000, null);
    } else {
      Expect.success(reply);
    }
    assertThat(defaults.store().list(StubHttp.ACCOUNT)).isEqualTo(before);
  }

  static Stream<Arguments> operationsByPermission() {
    return operations().flatMap(operation -> PERMISSIONS.stream()
        .map(permission -> Arguments.of(operation.get()[0], operation.get()[1], operation.get()[2], permission)));
  }

  @ParameterizedTest(name = "{0} with {3}")
  @MethodSource("operationsByPermission")
  void eachPermissionAllowsWhatTheSpecSays(String operation, boolean write, BiFunction<StubHttp, String, StubHttp.Call> call,
      String permission) {
    String id = new StubHttp(fromFile).list().account(ACCOUNT).header("Authorization", "Bearer " + token("Magic WAN Read"))
        .send().json().at("/result/gre_tunnels/0/id").asText();
    List<GreTunnel> before = fromFile.store().list(ACCOUNT);

    StubHttp.Reply reply = call.apply(new StubHttp(fromFile), id).account(ACCOUNT)
        .header("Authorization", "Bearer " + token(permission)).send();

    boolean allowed = (write ? WRITE : READ).contains(permission);
    if (allowed) {
      Expect.success(reply);
    } else {
      Expect.failure(reply, 403, 10000, null);
      assertThat(fromFile.store().list(ACCOUNT)).isEqualTo(before);
    }
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("no credentials", (UnaryOperator<StubHttp.Call>) StubHttp.Call::noAuth, 400, List.of(9106)),
        Arguments.of("a malformed Authorization", (UnaryOperator<StubHttp.Call>) c -> c.header("Authorization", "Basic x"), 400,
            List.of(6003)),
        Arguments.of("a malformed key", (UnaryOperator<StubHttp.Call>) c -> c.globalKey(Identities.EXAMPLE_EMAIL, "nope"), 400,
            List.of(6003)),
        Arguments.of("an unknown token", (UnaryOperator<StubHttp.Call>) c -> c.header("Authorization", "Bearer nope"), 403, List.of(9109)),
        Arguments.of("an unknown key", (UnaryOperator<StubHttp.Call>) c -> c.globalKey(Identities.EXAMPLE_EMAIL, "0123456789abcdef0123456789abcdef"),
            403, List.of(9103)),
        Arguments.of("another account", (UnaryOperator<StubHttp.Call>) c -> c.account(STRANGER_ACCOUNT), 403, List.of(10000)));
  }

  static Stream<Arguments> operationsByRefusal() {
    return operations().flatMap(operation -> refusals().map(refusal -> Arguments.of(operation.get()[0], operation.get()[2],
        refusal.get()[0], refusal.get()[1], refusal.get()[2], refusal.get()[3])));
  }

  @ParameterizedTest(name = "{0} with {2} -> {4} {5}")
  @MethodSource("operationsByRefusal")
  void everyOperationAnswersCloudflaresAuthCodes(String operation, BiFunction<StubHttp, String, StubHttp.Call> call,
      String what, UnaryOperator<StubHttp.Call> setup, int status, List<Integer> codes) {
    List<GreTunnel> before = defaults.store().list(StubHttp.ACCOUNT);

    StubHttp.Reply reply = setup.apply(call.apply(new StubHttp(defaults), tunnelId)).send();

    Expect.failure(reply, status);
    assertThat(Expect.codes(reply)).isEqualTo(codes);
    assertThat(defaults.store().list(StubHttp.ACCOUNT)).isEqualTo(before);
  }

  private static String token(String permission) {
    return permission.replace(' ', '-') + "-token";
  }

  private static BiFunction<StubHttp, String, StubHttp.Call> op(BiFunction<StubHttp, String, StubHttp.Call> call) {
    return call;
  }
}
