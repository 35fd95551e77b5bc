package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.auth.Identities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The control API under /__stub (issue 14, point 2): reset, seed, raw state and Pact's provider states. */
class ControlApiTest {

  static final String ACCOUNT = StubHttp.ACCOUNT;
  static final String OTHER = StubHttp.OTHER_ACCOUNT;
  static final String TUNNELS = "/__stub/accounts/" + ACCOUNT + "/gre_tunnels";

  @Nested
  class WhenOn {

    @RegisterExtension
    static final RunningStub STUB = new RunningStub(StubSettings.ephemeral().withControlApi(ControlApiSettings.OPEN));

    StubHttp.Call control(String method, String path) {
      return STUB.http().create("").rootPath(path).method(method).noAuth();
    }

    List<GreTunnel> stored(String account) {
      return STUB.server().store().list(account);
    }

    @Test
    void aSeedTakesTheFieldsGivenAndDefaultsTheRestLikeACreate() {
      StubHttp.Reply reply = control("POST", TUNNELS).body("{\"name\": \"GRE_7\", \"mtu\": 1400}").send();

      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      assertThat(reply.json().path("success").booleanValue()).isTrue();
      JsonNode tunnel = reply.result().path("gre_tunnels").get(0);
      assertThat(tunnel.path("id").asText()).matches("[0-9a-f]{32}");
      assertThat(tunnel.path("name").asText()).isEqualTo("GRE_7");
      assertThat(tunnel.path("mtu").intValue()).isEqualTo(1400);
      assertThat(tunnel.path("ttl").intValue()).isEqualTo(64);
      assertThat(tunnel.path("customer_gre_endpoint").asText()).isEqualTo("203.0.113.2");
      assertThat(tunnel.path("health_check").path("target").path("effective").asText()).isEqualTo("203.0.113.2");
      assertThat(tunnel.path("created_on").asText()).isEqualTo(tunnel.path("modified_on").asText()).isNotEmpty();
      assertThat(stored(ACCOUNT)).extracting(GreTunnel::getId).containsExactly(tunnel.path("id").asText());
    }

    @Test
    void seedsWithoutANameGetDistinctValidNames() {
      StubHttp.Reply reply = control("POST", TUNNELS).body("{\"gre_tunnels\": [{}, {}, {}]}").send();

      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      assertThat(stored(ACCOUNT)).extracting(GreTunnel::getName).doesNotHaveDuplicates()
          .allSatisfy(name -> assertThat(name).matches("[A-Za-z0-9_]{1,15}"));
    }

    @Test
    void aSeedOfSeveralIsAllOrNothingAndNamesEveryBadField() {
      control("POST", TUNNELS).body("{\"name\": \"KEPT\"}").send();

      StubHttp.Reply reply = control("POST", TUNNELS)
          .body("{\"gre_tunnels\": [{\"name\": \"GOOD\"}, {\"name\": \"BAD\", \"mtu\": 10}, {\"ttl\": \"x\"}]}").send();

      Expect.failure(reply, 400);
      assertThat(Expect.codes(reply)).containsExactly(1008, 1002);
      assertThat(reply.json().path("errors").findValuesAsText("pointer"))
          .containsExactly("/gre_tunnels/1/mtu", "/gre_tunnels/2/ttl");
      assertThat(stored(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("KEPT");
    }

    @Test
    void aSeededNameAlreadyUsedIsRefusedAndNothingIsStored() {
      control("POST", TUNNELS).body("{\"name\": \"GRE_1\"}").send();

      StubHttp.Reply reply = control("POST", TUNNELS).body("{\"gre_tunnels\": [{\"name\": \"NEW\"}, {\"name\": \"GRE_1\"}]}").send();

      Expect.failure(reply, 400, 1004, null);
      assertThat(stored(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("GRE_1");
    }

    @Test
    void theRawStateIsTheAccountsTunnelsAsStored() {
      STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "A"), Map.of("name", "B")));
      STUB.server().seeder().seedValues(OTHER, List.of(Map.of("name", "C")));

      StubHttp.Reply reply = control("GET", TUNNELS).send();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.result().path("account_id").asText()).isEqualTo(ACCOUNT);
      assertThat(reply.result().path("gre_tunnels").findValuesAsText("name")).containsExactly("A", "B");
    }

    @Test
    void resetEmptiesOneAccountOrEveryAccount() {
      STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "A")));
      STUB.server().seeder().seedValues(OTHER, List.of(Map.of("name", "C")));

      StubHttp.Reply one = control("POST", "/__stub/accounts/" + ACCOUNT + "/reset").send();

      assertThat(one.status()).isEqualTo(200);
      assertThat(one.result().path("removed").intValue()).isEqualTo(1);
      assertThat(stored(ACCOUNT)).isEmpty();
      assertThat(stored(OTHER)).hasSize(1);

      StubHttp.Reply all = control("POST", "/__stub/reset").send();

      assertThat(all.status()).isEqualTo(200);
      assertThat(STUB.server().store().size()).isZero();
    }

    @Test
    void anAccountIdTooLongIsRefused() {
      StubHttp.Reply reply = control("POST", "/__stub/accounts/" + "a".repeat(33) + "/gre_tunnels").body("{}").send();

      Expect.failure(reply, 400, 1017, null);
      assertThat(STUB.server().store().size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "{", "{\"name\": \"A\"} trailing", "{\"name\": \"A\", \"name\": \"B\"}"})
    void malformedJsonIsAnEnvelope(String body) {
      Expect.failure(control("POST", TUNNELS).body(body).send(), 400, 6007, null);
      Expect.failure(control("POST", "/__stub/provider-states").body(body).send(), 400, 6007, null);
      assertThat(STUB.server().store().size()).isZero();
    }

    @Test
    void unknownControlRoutesAndMethodsAreEnvelopes() {
      Expect.failure(control("GET", "/__stub/nothing").send(), 404, 7000, null);
      StubHttp.Reply wrongMethod = control("DELETE", "/__stub/reset").send();
      Expect.failure(wrongMethod, 405, 7001, null);
      assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void theCloudflareApiIsUnchangedBesideIt() {
      StubHttp.Reply created = STUB.http().create(Bodies.minimal().toString()).send();

      assertThat(created.status()).as("%s", created).isEqualTo(200);
      Expect.failure(STUB.http().create("").path("/__stub/reset").send(), 404, 7000, null);
      Expect.failure(STUB.http().create(Bodies.minimal().toString()).noAuth().send(), 400, 9106, null);
    }

    @Nested
    class ProviderStates {

      StubHttp.Reply change(String body) {
        return control("POST", "/__stub/provider-states").header("Content-Type", "application/json").body(body).send();
      }

      @Test
      void aGreTunnelExistsCreatesItAndAnswersTheGeneratedValues() {
        StubHttp.Reply reply = change("{\"state\": \"a GRE tunnel exists\", \"params\": {\"account_id\": \"" + ACCOUNT
            + "\", \"name\": \"GRE_js\", \"description\": \"from a pact\"}, \"action\": \"setup\"}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode values = reply.json();
        assertThat(values.path("id").asText()).matches("[0-9a-f]{32}");
        assertThat(values.path("name").asText()).isEqualTo("GRE_js");
        assertThat(values.path("account_id").asText()).isEqualTo(ACCOUNT);
        assertThat(values.path("description").asText()).isEqualTo("from a pact");
        assertThat(values.path("interface_address").asText()).isEqualTo("10.212.0.0/31");
        assertThat(stored(ACCOUNT)).singleElement()
            .satisfies(tunnel -> assertThat(tunnel.getId()).isEqualTo(values.path("id").asText()));
      }

      @Test
      void theOlderShapeWithoutActionIsASetup() {
        StubHttp.Reply reply = change("{\"state\": \"a GRE tunnel exists\", \"params\": {\"name\": \"OLD\"}}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().path("account_id").asText()).isEqualTo(ACCOUNT);
        assertThat(stored(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("OLD");
      }

      @Test
      void repeatingAStateReplacesTheTunnelOfThatNameAndStatesCompose() {
        change("{\"state\": \"a GRE tunnel exists\", \"params\": {\"name\": \"ONE\"}}");
        change("{\"state\": \"a GRE tunnel exists\", \"params\": {\"name\": \"TWO\"}}");
        StubHttp.Reply again = change("{\"state\": \"a GRE tunnel exists\", \"params\": {\"name\": \"ONE\"}}");

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(stored(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("TWO", "ONE");
        assertThat(stored(ACCOUNT).get(1).getId()).isEqualTo(again.json().path("id").asText());
      }

      @Test
      void noGreTunnelsExistEmptiesTheAccountOnly() {
        STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "A")));
        STUB.server().seeder().seedValues(OTHER, List.of(Map.of("name", "C")));

        StubHttp.Reply reply = change("{\"state\": \"no GRE tunnels exist\", \"params\": {\"account_id\": \"" + ACCOUNT
            + "\"}, \"action\": \"setup\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("account_id").asText()).isEqualTo(ACCOUNT);
        assertThat(stored(ACCOUNT)).isEmpty();
        assertThat(stored(OTHER)).hasSize(1);
      }

      @Test
      void aTeardownEmptiesTheAccountAndAnswersNoValues() {
        change("{\"state\": \"a GRE tunnel exists\", \"params\": {\"name\": \"GONE\"}}");

        StubHttp.Reply reply = change("{\"state\": \"a GRE tunnel exists\", \"params\": {\"name\": \"GONE\"}, \"action\": \"teardown\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().size()).isZero();
        assertThat(stored(ACCOUNT)).isEmpty();
      }

      @Test
      void anUnknownStateIsAClearEnvelopeAndChangesNothing() {
        STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "A")));

        StubHttp.Reply reply = change("{\"state\": \"a VPN exists\", \"params\": {}}");

        JsonNode body = Expect.failure(reply, 400, 2002, "/state");
        assertThat(body.path("errors").get(0).path("message").asText()).contains("a VPN exists", "no GRE tunnels exist");
        assertThat(stored(ACCOUNT)).hasSize(1);
      }

      @ParameterizedTest(name = "{0}")
      @ValueSource(strings = {
          "{\"params\": {}}|/state",
          "{\"state\": 7}|/state",
          "{\"state\": \"no GRE tunnels exist\", \"action\": \"start\"}|/action",
          "{\"state\": \"no GRE tunnels exist\", \"params\": [1]}|/params",
          "{\"state\": \"no GRE tunnels exist\", \"params\": {\"account_id\": 5}}|/params/account_id",
          "[]|"})
      void aMalformedStateChangeIsRefusedWithItsPointer(String bodyAndPointer) {
        STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "A")));
        String[] parts = bodyAndPointer.split("\\|", -1);

        Expect.failure(change(parts[0]), 400, 2003, parts[1]);
        assertThat(stored(ACCOUNT)).hasSize(1);
      }

      @Test
      void aTunnelFieldThatBreaksARuleIsRefusedWithItsPointerUnderParams() {
        StubHttp.Reply reply = change("{\"state\": \"a GRE tunnel exists\", \"params\": {\"name\": \"X\", \"mtu\": 10}}");

        Expect.failure(reply, 400, 1008, "/params/mtu");
        assertThat(STUB.server().store().size()).isZero();
      }

      @Test
      void theDocumentedStatesAreListed() {
        StubHttp.Reply reply = control("GET", "/__stub/provider-states").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().fieldNames()).toIterable().containsExactlyInAnyOrder("no GRE tunnels exist", "a GRE tunnel exists");
      }
    }
  }

  @Nested
  class WithAToken {

    static final String TOKEN = "control-t0ken";

    @RegisterExtension
    static final RunningStub STUB = new RunningStub(StubSettings.ephemeral().withControlApi(ControlApiSettings.withToken(TOKEN)));

    StubHttp.Call seed() {
      return STUB.http().create("{\"name\": \"T\"}").rootPath(TUNNELS).noAuth();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "Bearer wrong", "Bearer " + Identities.EXAMPLE_TOKEN, "Basic Y29udHJvbC10MGtlbg==", "Bearer " + TOKEN + "x"})
    void everyControlCallNeedsTheControlToken(String authorization) {
      StubHttp.Call call = seed();
      if (!authorization.isEmpty()) {
        call.header("Authorization", authorization);
      }

      StubHttp.Reply reply = call.send();

      Expect.failure(reply, 401, 2001, null);
      assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
      assertThat(reply.text()).doesNotContain(TOKEN);
      assertThat(STUB.server().store().size()).isZero();
    }

    @Test
    void theCloudflareKeyNeverOpensTheControlApi() {
      StubHttp.Reply reply = seed().header("X-Auth-Email", Identities.EXAMPLE_EMAIL).header("X-Auth-Key", Identities.EXAMPLE_KEY).send();

      Expect.failure(reply, 401, 2001, null);
      assertThat(STUB.server().store().size()).isZero();
    }

    @Test
    void unknownControlPathsNeedTheTokenToo() {
      Expect.failure(STUB.http().create("").rootPath("/__stub/nothing").method("GET").noAuth().send(), 401, 2001, null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Bearer ", "bearer ", "BEARER "})
    void theControlTokenOpensIt(String scheme) {
      StubHttp.Reply reply = seed().header("Authorization", scheme + TOKEN).send();

      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      assertThat(STUB.server().store().size()).isEqualTo(1);
    }

    @Test
    void theControlTokenNeverOpensTheCloudflareApi() {
      StubHttp.Reply reply = STUB.http().create(Bodies.minimal().toString()).header("Authorization", "Bearer " + TOKEN).send();

      Expect.failure(reply, 403, 9109, null);
      assertThat(STUB.server().store().size()).isZero();
    }
  }

  /** Issue 22, point 4: a web page in the developer's browser cannot drive it. */
  @Nested
  class NotACrossSiteTarget {

    @RegisterExtension
    static final RunningStub STUB = new RunningStub(StubSettings.ephemeral().withControlApi(ControlApiSettings.OPEN));

    StubHttp.Call control(String method, String path) {
      return STUB.http().create("").rootPath(path).method(method).noAuth();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
        "text/plain; charset=utf-8", "application/jsonx", "*/*", "application/*", "junk/"})
    void aBodyOfAnyOtherContentTypeIsRefusedAndChangesNothing(String contentType) {
      STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "KEPT")));

      Expect.failure(control("POST", "/__stub/reset").header("Content-Type", contentType).body("a=b").send(),
          415, 2005, null);
      Expect.failure(control("POST", "/__stub/reset").header("Content-Type", contentType).send(), 415, 2005, null);
      Expect.failure(control("POST", TUNNELS).header("Content-Type", contentType).body("{\"name\": \"NEW\"}").send(),
          415, 2005, null);
      assertThat(STUB.server().store().list(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("KEPT");
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedButABodilessCallNeedsNone() {
      STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "KEPT")));

      Expect.failure(control("POST", TUNNELS).header("Content-Type", null).body("{\"name\": \"NEW\"}").send(),
          415, 2005, null);
      assertThat(STUB.server().store().list(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("KEPT");

      StubHttp.Reply reset = control("POST", "/__stub/reset").header("Content-Type", null).send();
      assertThat(reset.status()).as("%s", reset).isEqualTo(200);
      assertThat(STUB.server().store().size()).isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() {
      String big = "{\"name\": \"BIG\", \"description\": \"" + "d".repeat(1024 * 1024) + "\"}";

      Expect.failure(control("POST", TUNNELS).body(big).send(), 413, 1020, null);
      Expect.failure(control("POST", TUNNELS).body(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
          () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).send(),
          413, 1020, null);
      assertThat(STUB.server().store().size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://evil.example", "null", "http://127.0.0.1", "http://localhost:1"})
    void aForeignOriginIsRefusedAndChangesNothing(String origin) {
      STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "KEPT")));

      Expect.failure(control("POST", "/__stub/reset").header("Origin", origin).send(), 403, 2004, null);
      Expect.failure(control("POST", TUNNELS).header("Origin", origin).body("{\"name\": \"NEW\"}").send(),
          403, 2004, null);
      Expect.failure(control("GET", TUNNELS).header("Origin", origin).send(), 403, 2004, null);
      assertThat(STUB.server().store().list(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("KEPT");
    }

    @Test
    void theStubsOwnOriginIsAccepted() {
      String own = "http://127.0.0.1:" + STUB.server().port();

      StubHttp.Reply seeded = control("POST", TUNNELS).header("Origin", own).body("{\"name\": \"MINE\"}").send();

      assertThat(seeded.status()).as("%s", seeded).isEqualTo(200);
      assertThat(STUB.server().store().size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.0.0.0", "::"})
    void beyondLoopbackTheControlApiNeedsAToken(String bindAddress) {
      StubSettings open = StubSettings.ephemeral().withBindAddress(bindAddress).withControlApi(ControlApiSettings.OPEN);

      assertThatThrownBy(() -> StubServer.start(open)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("needs --control-token");
      assertThatThrownBy(() -> StubMain.parse(new String[] {"--bind", bindAddress, "--control-api"}))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs --control-token");
      assertThat(StubMain.parse(new String[] {"--bind", bindAddress, "--control-token", "t0ken"}).controlApi().token())
          .isEqualTo("t0ken");
      assertThat(StubMain.parse(new String[] {"--bind", "127.0.0.1", "--control-api"}).controlApi().enabled()).isTrue();
    }
  }

  @Nested
  class WhenOff {

    @RegisterExtension
    static final RunningStub STUB = new RunningStub();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/__stub/reset", "/__stub/provider-states", TUNNELS})
    void theControlPathsAreUnknownRoutes(String path) {
      STUB.server().seeder().seedValues(ACCOUNT, List.of(Map.of("name", "A")));

      Expect.failure(STUB.http().create("{}").rootPath(path).noAuth().send(), 404, 7000, null);
      assertThat(STUB.server().store().size()).isEqualTo(1);
    }
  }
}
