package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.model.GreTunnel;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #12, point 2: the rules of each operation over HTTP. Every refusal is checked for its status, envelope,
 * code and pointer, and for having changed nothing: both accounts' tunnels are the same before and after.
 * Two tunnels exist before each test: GRE_A and GRE_B in the first account, and OTHER in the second.
 */
class OperationRulesTest {

  private static final String UNKNOWN_ID = "0123456789abcdef0123456789abcdef";

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  private String a;
  private String b;
  private String other;

  @BeforeEach
  void twoTunnelsAndOneInAnotherAccount() {
    a = create(Bodies.minimal("GRE_A"), StubHttp.ACCOUNT);
    b = create(Bodies.minimal("GRE_B"), StubHttp.ACCOUNT);
    other = create(Bodies.minimal("OTHER"), StubHttp.OTHER_ACCOUNT);
  }

  // --- update one ---------------------------------------------------------------------------------------

  @Test
  void anUpdateWithBgpIs1025AtBgp() {
    refused(() -> STUB.http().update(a, Bodies.with("/bgp", "{\"customer_asn\": 1}")).send(), 400, 1025, "/bgp");
  }

  @Test
  void anUpdateBreaksTheSameFieldRulesAsACreate() {
    refused(() -> STUB.http().update(a, Bodies.set(Bodies.minimal("GRE_A"), "/mtu", "575")).send(), 400, 1008, "/mtu");
    refused(() -> STUB.http().update(a, Bodies.with("/interface_address", null)).send(), 400, 1001, "/interface_address");
    refused(() -> STUB.http().update(a, Bodies.with("/health_check", "{\"target\": {\"saved\": \"x\"}}")).send(),
        400, 1014, "/health_check/target");
  }

  @Test
  void anUpdateReportsEveryViolationAtOnce() {
    ObjectNode body = Bodies.set(Bodies.with("/ttl", "0"), "/bgp", "{}");
    body.put("name", "bad name");

    StubHttp.Reply reply = unchanged(() -> STUB.http().update(a, body).send());

    Expect.failure(reply, 400);
    assertThat(Expect.codes(reply)).containsExactlyInAnyOrder(1003, 1009, 1025);
    assertThat(Expect.pointers(reply)).containsExactlyInAnyOrder("/name", "/ttl", "/bgp");
  }

  @Test
  void aRenameToTheNameOfAnotherTunnelIs1004() {
    JsonNode body = refused(() -> STUB.http().update(a, Bodies.minimal("GRE_B")).send(), 400, 1004, "/name");
    assertThat(body.at("/errors/0/message").asText()).contains("GRE_B");
  }

  @Test
  void keepingItsOwnNameOrTakingTheNameOfAnotherAccountsTunnelIsFine() {
    Expect.success(STUB.http().update(a, Bodies.minimal("GRE_A")).send());
    Expect.success(STUB.http().update(a, Bodies.minimal("OTHER")).send());
  }

  @Test
  void anUnknownIdIs404BeforeANameConflict() {
    JsonNode body = refused(() -> STUB.http().update(UNKNOWN_ID, Bodies.minimal("GRE_B")).send(), 404, 1024, null);
    assertThat(body.at("/errors/0/message").asText()).isEqualTo("GRE tunnel not found");
  }

  static Stream<Arguments> readsAndWritesOfOneTunnel() {
    return Stream.of(
        Arguments.of("GET", (Function<String, StubHttp.Call>) id -> STUB.http().get(id)),
        Arguments.of("PUT", (Function<String, StubHttp.Call>) id -> STUB.http().update(id, Bodies.minimal("NEW"))),
        Arguments.of("DELETE", (Function<String, StubHttp.Call>) id -> STUB.http().delete(id)));
  }

  @ParameterizedTest(name = "{0} of another account''s tunnel -> 404 1024, as for an unknown one")
  @MethodSource("readsAndWritesOfOneTunnel")
  void aTunnelOfAnotherAccountIsNotFoundLikeAnUnknownOne(String method, Function<String, StubHttp.Call> call) {
    StubHttp.Reply elsewhere = unchanged(() -> call.apply(other).send());
    StubHttp.Reply unknown = unchanged(() -> call.apply(UNKNOWN_ID).send());

    Expect.failure(elsewhere, 404, 1024, null);
    assertThat(elsewhere.text()).isEqualTo(unknown.text());
  }

  static Stream<Arguments> malformedIds() {
    return readsAndWritesOfOneTunnel().flatMap(operation -> Stream.of("0123456789ABCDEF0123456789ABCDEF",
            "0123456789abcdef0123456789abcde", "0123456789abcdef0123456789abcdef0", "not-an-id", "0123456789abcdef012345678%20abcdef")
        .map(id -> Arguments.of(operation.get()[0], operation.get()[1], id)));
  }

  @ParameterizedTest(name = "{0} /gre_tunnels/{2} -> 400 7003")
  @MethodSource("malformedIds")
  void aMalformedTunnelIdIs7003(String method, Function<String, StubHttp.Call> call, String id) {
    refused(() -> call.apply(id).send(), 400, 7003, null);
  }

  @Test
  void theMalformedIdIsReportedWithTheOtherRouteChecksBeforeCredentials() {
    StubHttp.Reply reply = unchanged(() -> STUB.http().get("x").account(StubHttp.ACCOUNT + "0").noAuth()
        .header("x-magic-new-hc-target", "maybe").send());

    Expect.failure(reply, 400);
    assertThat(Expect.codes(reply)).as("one routing error for both ids").containsExactly(7003, 1016);
  }

  // --- create several -----------------------------------------------------------------------------------

  @Test
  void anEmptyListIs1022() {
    refused(() -> STUB.http().create(Bodies.several()).send(), 400, 1022, "/gre_tunnels");
    refused(() -> STUB.http().updateSeveral(Bodies.several()).send(), 400, 1022, "/gre_tunnels");
  }

  @ParameterizedTest(name = "gre_tunnels: {0} -> 1002")
  @ValueSource(strings = {"null", "{}", "\"x\"", "1"})
  void aListThatIsNotAnArrayIsAWrongType(String raw) {
    refused(() -> STUB.http().create("{\"gre_tunnels\": " + raw + "}").send(), 400, 1002, "/gre_tunnels");
  }

  @Test
  void aTunnelsFieldsBesideTheListAreIgnoredAndTheListedTunnelsCreated() {
    ObjectNode body = Bodies.several(Bodies.minimal("LISTED"));
    body.setAll(Bodies.minimal("BESIDE"));

    StubHttp.Reply reply = STUB.http().create(body).send();

    Expect.success(reply);
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).extracting(GreTunnel::getName)
        .containsExactly("GRE_A", "GRE_B", "LISTED");
  }

  /** A choice (docs/behaviour-we-chose.md): what the generators that merge the two body forms send for one tunnel. */
  @Test
  void aTunnelsFieldsBesideAnEmptyListAreACreateOfThatTunnel() {
    ObjectNode body = Bodies.several();
    body.setAll(Bodies.minimal("BESIDE"));

    JsonNode result = Expect.success(STUB.http().create(body).send());

    assertThat(result.path("name").asText()).isEqualTo("BESIDE");
    assertThat(result.has("gre_tunnels")).as("the one-tunnel answer").isFalse();
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).extracting(GreTunnel::getName)
        .containsExactly("GRE_A", "GRE_B", "BESIDE");
  }

  @Test
  void aBadTunnelBesideAnEmptyListIsRefusedAsOneTunnel() {
    ObjectNode body = Bodies.several();
    body.setAll(Bodies.minimal("bad name"));

    refused(() -> STUB.http().create(body).send(), 400, 1003, "/name");
  }

  /** Any other member beside an empty list makes the body the one-tunnel form, whose required fields are then missing. */
  @Test
  void anEmptyListBesideAMemberThatIsNoTunnelIsAOneTunnelBodyWithoutItsFields() {
    StubHttp.Reply reply = unchanged(() -> STUB.http().create("{\"description\": \"x\", \"gre_tunnels\": []}").send());

    Expect.failure(reply, 400);
    assertThat(Expect.codes(reply)).containsOnly(1001);
    assertThat(Expect.pointers(reply)).contains("/name", "/interface_address").doesNotContain("/gre_tunnels");
  }

  @ParameterizedTest(name = "a tunnel beside gre_tunnels: {0} -> 1002")
  @ValueSource(strings = {"null", "{}", "\"x\""})
  void aTunnelBesideAListThatIsNotAnArrayIsAWrongType(String raw) {
    ObjectNode body = Bodies.minimal("BESIDE");
    body.set("gre_tunnels", Bodies.parse(raw));

    refused(() -> STUB.http().create(body).send(), 400, 1002, "/gre_tunnels");
  }

  @Test
  void anEntryWithAnEmptyListOfItsOwnIsCreatedAndTheListIgnored() {
    ObjectNode entry = Bodies.minimal("NESTED");
    entry.set("gre_tunnels", Bodies.parse("[]"));

    Expect.success(STUB.http().create(Bodies.several(Bodies.minimal("OK_1"), entry)).send());

    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).extracting(GreTunnel::getName)
        .containsExactly("GRE_A", "GRE_B", "OK_1", "NESTED");
  }

  @Test
  void anEntryWithANullListOfItsOwnIsAWrongType() {
    ObjectNode entry = Bodies.minimal("NESTED");
    entry.set("gre_tunnels", Bodies.parse("null"));

    refused(() -> STUB.http().create(Bodies.several(Bodies.minimal("OK_1"), entry)).send(), 400, 1002, "/gre_tunnels/1/gre_tunnels");
  }

  @Test
  void anEntryWithItsOwnListIsAWrongTypeAtThatList() {
    ObjectNode entry = Bodies.minimal("NESTED");
    entry.set("gre_tunnels", Bodies.several(Bodies.minimal("DEEPER")).get("gre_tunnels"));

    refused(() -> STUB.http().create(Bodies.several(Bodies.minimal("OK_1"), entry)).send(), 400, 1002, "/gre_tunnels/1/gre_tunnels");
  }

  @Test
  void anEntryThatIsNotAnObjectIsAWrongTypeAtItsIndex() {
    refused(() -> STUB.http().create("{\"gre_tunnels\": [" + Bodies.minimal("X") + ", 7]}").send(), 400, 1002, "/gre_tunnels/1");
  }

  @Test
  void theViolationsOfEveryEntryComeBackAtOnceWithIndexedPointers() {
    StubHttp.Reply reply = unchanged(() -> STUB.http().create(Bodies.several(Bodies.minimal("OK_1"),
        Bodies.with("/mtu", "1"), Bodies.set(Bodies.minimal("bad name"), "/bgp", "{\"customer_asn\": -1}"))).send());

    Expect.failure(reply, 400);
    assertThat(Expect.codes(reply)).containsExactly(1008, 1003, 1010);
    assertThat(Expect.pointers(reply)).containsExactly("/gre_tunnels/1/mtu", "/gre_tunnels/2/name", "/gre_tunnels/2/bgp/customer_asn");
  }

  @Test
  void aNameTwiceInOneCreateIs1004AtTheLaterEntry() {
    refused(() -> STUB.http().create(Bodies.several(Bodies.minimal("NEW"), Bodies.minimal("X"), Bodies.minimal("NEW"))).send(),
        400, 1004, "/gre_tunnels/2/name");
  }

  @Test
  void aNameTakenInTheAccountFailsTheWholeCreate() {
    refused(() -> STUB.http().create(Bodies.several(Bodies.minimal("NEW"), Bodies.minimal("GRE_B"))).send(),
        400, 1004, "/gre_tunnels/1/name");
  }

  // --- update several -----------------------------------------------------------------------------------

  @Test
  void anUnknownIdFailsTheWholeUpdateWith404() {
    JsonNode body = refused(() -> STUB.http().updateSeveral(Bodies.several(Bodies.withId(a, Bodies.minimal("NEW_A")),
        Bodies.withId(UNKNOWN_ID, Bodies.minimal("NEW_U")))).send(), 404, 1024, "/gre_tunnels/1/id");
    assertThat(body.at("/errors/0/message").asText()).startsWith("GRE tunnel not found");
  }

  @Test
  void anIdOfAnotherAccountFailsTheWholeUpdateWith404() {
    refused(() -> STUB.http().updateSeveral(Bodies.several(Bodies.withId(other, Bodies.minimal("NEW")))).send(),
        404, 1024, "/gre_tunnels/0/id");
  }

  @Test
  void theSameIdTwiceIs1026() {
    refused(() -> STUB.http().updateSeveral(Bodies.several(Bodies.withId(a, Bodies.minimal("X1")),
        Bodies.withId(a, Bodies.minimal("X2")))).send(), 400, 1026, "/gre_tunnels/1/id");
  }

  static Stream<Arguments> badEntries() {
    return Stream.of(
        Arguments.of("no id", Bodies.minimal("X"), 1001, "/gre_tunnels/0/id"),
        Arguments.of("a numeric id", Bodies.set(Bodies.minimal("X"), "/id", "7"), 1002, "/gre_tunnels/0/id"),
        Arguments.of("a malformed id", Bodies.withId("ABC", Bodies.minimal("X")), 7003, "/gre_tunnels/0/id"),
        Arguments.of("bgp", Bodies.set(Bodies.withId(UNKNOWN_ID, Bodies.minimal("X")), "/bgp", "{}"), 1025, "/gre_tunnels/0/bgp"),
        Arguments.of("a bad field", Bodies.set(Bodies.withId(UNKNOWN_ID, Bodies.minimal("X")), "/ttl", "256"), 1009, "/gre_tunnels/0/ttl"));
  }

  @ParameterizedTest(name = "an entry with {0} -> {2} at {3}")
  @MethodSource("badEntries")
  void eachEntryIsCheckedLikeAnUpdate(String what, ObjectNode entry, int code, String pointer) {
    refused(() -> STUB.http().updateSeveral(Bodies.several(entry)).send(), 400, code, pointer);
  }

  @Test
  void aRenameToTheNameOfATunnelLeftAsItIsIs1004() {
    refused(() -> STUB.http().updateSeveral(Bodies.several(Bodies.withId(a, Bodies.minimal("GRE_B")))).send(),
        400, 1004, "/gre_tunnels/0/name");
  }

  @Test
  void aNameTwiceInOneUpdateIs1004AtTheLaterEntry() {
    refused(() -> STUB.http().updateSeveral(Bodies.several(Bodies.withId(a, Bodies.minimal("SAME")),
        Bodies.withId(b, Bodies.minimal("SAME")))).send(), 400, 1004, "/gre_tunnels/1/name");
  }

  @Test
  void anUpdateOfSeveralNeedsTheListAndAnObject() {
    refused(() -> STUB.http().updateSeveral(Bodies.minimal("X")).send(), 400, 1001, "/gre_tunnels");
    refused(() -> STUB.http().create("").method("PUT").body("[]").send(), 400, 1002, "");
  }

  // --- delete -------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "delete with body {0} -> 400 1002")
  @ValueSource(strings = {"[]", "\"x\"", "null", "1"})
  void aDeleteBodyThatIsNotAnObjectIsRefused(String body) {
    refused(() -> STUB.http().delete(a).body(body).header("Content-Type", "application/json").send(), 400, 1002, "");
  }

  @Test
  void aMalformedDeleteBodyIs6007() {
    refused(() -> STUB.http().delete(a).body("{").send(), 400, 6007, null);
  }

  // --- bodies of every write ------------------------------------------------------------------------------

  static Stream<Arguments> writesWithABody() {
    return Stream.of(
        Arguments.of("create", (Function<String, StubHttp.Call>) body -> STUB.http().create(body)),
        Arguments.of("update", (Function<String, StubHttp.Call>) body -> STUB.http().update(UNKNOWN_ID, Bodies.minimal()).body(body)),
        Arguments.of("update several", (Function<String, StubHttp.Call>) body -> STUB.http().updateSeveral(Bodies.minimal()).body(body)));
  }

  @ParameterizedTest(name = "{0} without Content-Type -> 415 9207")
  @MethodSource("writesWithABody")
  void aWriteWithoutContentTypeIs415(String what, Function<String, StubHttp.Call> call) {
    refused(() -> call.apply("{}").header("Content-Type", null).send(), 415, 9207, null);
  }

  @ParameterizedTest(name = "{0} with text/plain -> 415 9207")
  @MethodSource("writesWithABody")
  void aWriteWithAWrongContentTypeIs415(String what, Function<String, StubHttp.Call> call) {
    refused(() -> call.apply("{}").header("Content-Type", "text/plain").send(), 415, 9207, null);
  }

  @ParameterizedTest(name = "{0} with an empty body -> 400 6007")
  @MethodSource("writesWithABody")
  void aWriteWithAnEmptyBodyIs6007(String what, Function<String, StubHttp.Call> call) {
    refused(() -> call.apply("").send(), 400, 6007, null);
  }

  @ParameterizedTest(name = "{0} with a body over 1 MiB -> 413 1020")
  @MethodSource("writesWithABody")
  void aWriteWithABodyOverTheLimitIs413(String what, Function<String, StubHttp.Call> call) {
    refused(() -> call.apply("[" + " ".repeat(1024 * 1024) + "]").send(), 413, 1020, null);
  }

  @Test
  void aReadOnlyEffectiveTargetOfAnyTypeIsIgnored() {
    for (String effective : List.of("{}", "[]", "1", "null", "true", "\"203.0.113.77\"")) {
      ObjectNode body = Bodies.with("/health_check", "{\"target\": {\"saved\": \"\", \"effective\": " + effective + "}}");
      JsonNode created = Expect.success(STUB.http().create(body).header("x-magic-new-hc-target", "true").send());
      assertThat(created.at("/health_check/target/effective").asText()).as("effective %s", effective).isEqualTo("203.0.113.2");
      JsonNode updated = Expect.success(STUB.http().update(created.path("id").asText(), body)
          .header("x-magic-new-hc-target", "true").send());
      assertThat(updated.at("/modified_gre_tunnel/health_check/target/effective").asText()).isEqualTo("203.0.113.2");
      Expect.success(STUB.http().delete(created.path("id").asText()).send());
    }
  }

  // ------------------------------------------------------------------------------------------------------

  private static String create(ObjectNode body, String account) {
    return Expect.success(STUB.http().create(body).account(account).send()).path("id").asText();
  }

  /** Sends, then checks the failure and that neither account's tunnels changed. */
  private static JsonNode refused(java.util.function.Supplier<StubHttp.Reply> send, int status, int code, String pointer) {
    return Expect.failure(unchanged(send), status, code, pointer);
  }

  private static StubHttp.Reply unchanged(java.util.function.Supplier<StubHttp.Reply> send) {
    List<GreTunnel> before = STUB.server().store().list(StubHttp.ACCOUNT);
    List<GreTunnel> otherBefore = STUB.server().store().list(StubHttp.OTHER_ACCOUNT);
    StubHttp.Reply reply = send.get();
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).as("tunnels after %s", reply).isEqualTo(before);
    assertThat(STUB.server().store().list(StubHttp.OTHER_ACCOUNT)).as("other account after %s", reply).isEqualTo(otherBefore);
    return reply;
  }
}
