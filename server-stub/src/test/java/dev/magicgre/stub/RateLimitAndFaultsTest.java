package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.magicgre.stub.auth.Identities;
import dev.magicgre.stub.gateway.RateLimit;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue #21, item 4: --rate-limit, and the faults armed through the control API. */
class RateLimitAndFaultsTest {

  @Nested
  class RateLimited {

    @RegisterExtension
    static final RunningStub STUB = new RunningStub(StubSettings.ephemeral().withRateLimit(RateLimit.parse("5/60")));

    /**
     * Evidence A2 #20 (429, code 971 "Please wait and consider throttling your request speed") and B4 (Retry-After
     * in whole seconds; Ratelimit and Ratelimit-Policy as developers.cloudflare.com/fundamentals/api/reference/limits
     * documents them).
     */
    @Test
    void theSixthRequestOfATokenWithinTheWindowIs429With971AndRetryAfter() {
      for (int i = 1; i <= 5; i++) {
        StubHttp.Reply reply = STUB.http().list().send();
        Expect.success(reply);
        assertThat(reply.headers().firstValue("Ratelimit").orElseThrow()).matches("\"default\";r=" + (5 - i) + ";t=\\d+");
        assertThat(reply.headers().firstValue("Ratelimit-Policy")).hasValue("\"default\";q=5;w=60");
      }

      StubHttp.Reply sixth = STUB.http().list().send();

      Expect.failure(sixth, 429, 971, null);
      assertThat(sixth.json().at("/errors/0/message").asText()).isEqualTo("Please wait and consider throttling your request speed");
      assertThat(Integer.parseInt(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
      assertThat(sixth.headers().firstValue("Ratelimit").orElseThrow()).startsWith("\"default\";r=0;t=");
    }

    @Test
    void eachCredentialIdentityHasItsOwnWindowAndALimitedCreateStoresNothing() {
      for (int i = 0; i < 5; i++) {
        STUB.http().list().globalKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_KEY).send();
      }

      Expect.failure(STUB.http().create(Bodies.minimal()).globalKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_KEY).send(),
          429, 971, null);
      assertThat(STUB.server().store().size()).isZero();
      Expect.success(STUB.http().list().header("Authorization", "Bearer " + Identities.EXAMPLE_READ_ONLY_TOKEN).send());
    }

    @Test
    void aResetForgetsTheWindows() {
      for (int i = 0; i < 6; i++) {
        STUB.http().list().header("Authorization", "Bearer SomeOtherToken").send();
      }
      STUB.server().gateway().reset();

      assertThat(STUB.http().list().header("Authorization", "Bearer SomeOtherToken").send().status()).isEqualTo(403);
    }
  }

  @Nested
  class NoLimit {

    @RegisterExtension
    static final RunningStub STUB = new RunningStub();

    @Test
    void withoutTheFlagNoRateLimitHeaderIsSent() {
      StubHttp.Reply reply = STUB.http().list().send();

      Expect.success(reply);
      assertThat(reply.headers().firstValue("Ratelimit")).isEmpty();
      assertThat(reply.headers().firstValue("Retry-After")).isEmpty();
    }
  }

  @Test
  void theFlagIsReadAsNPerSeconds() {
    assertThat(StubMain.parse(new String[] {"--rate-limit", "1200/300"}).rateLimit()).isEqualTo(new RateLimit(1200, 300));
    assertThat(StubMain.parse(new String[0]).rateLimit()).isNull();
    for (String bad : new String[] {"1200", "/300", "1200/", "0/300", "12/0", "a/b", "-1/5"}) {
      assertThatThrownBy(() -> StubMain.parse(new String[] {"--rate-limit", bad})).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Faults {

    @RegisterExtension
    static final RunningStub STUB = new RunningStub(StubSettings.ephemeral().withControlApi(ControlApiSettings.OPEN));

    private StubHttp.Reply control(String method, String path, String body) {
      StubHttp.Call call = STUB.http().create(body == null ? "" : body).rootPath("/__stub" + path).method(method).noAuth();
      return call.send();
    }

    private void arm(String fault) {
      StubHttp.Reply reply = control("POST", "/faults", fault);
      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @Test
    void aStatusFaultAnswersTheNextCallsOfItsOperationThenCountsDownToNothing() {
      arm("{\"operation\": \"createGreTunnel\", \"times\": 2, \"status\": 503}");

      Expect.success(STUB.http().list().send()); // another operation is not concerned
      for (int i = 0; i < 2; i++) {
        StubHttp.Reply refused = STUB.http().create(Bodies.minimal("GRE_F" + i)).send();
        Expect.failure(refused, 503, 10500, null);
      }
      assertThat(STUB.server().store().size()).isZero();
      assertThat(control("GET", "/faults", null).result().path("faults")).isEmpty();

      Expect.success(STUB.http().create(Bodies.minimal()).send());
    }

    @Test
    void aFaultOfEveryOperationWithRetryAfterIsARateLimitAnswer() {
      arm("{\"status\": 429, \"retry_after\": 3}");

      StubHttp.Reply reply = STUB.http().get("0123456789abcdef0123456789abcdef").send();

      Expect.failure(reply, 429, 971, null);
      assertThat(reply.headers().firstValue("Retry-After")).hasValue("3");
    }

    @Test
    void aFaultMayCarryItsOwnCodeAndMessage() {
      arm("{\"operation\": \"listGreTunnels\", \"status\": 500, \"code\": 10001, \"message\": \"service unavailable\"}");

      StubHttp.Reply reply = STUB.http().list().send();

      Expect.failure(reply, 500, 10001, null);
      assertThat(reply.json().at("/errors/0/message").asText()).isEqualTo("service unavailable");
    }

    @Test
    void aResetClearsTheArmedFaults() {
      arm("{\"times\": 5, \"status\": 502}");
      assertThat(control("GET", "/faults", null).result().at("/faults/0/times").asInt()).isEqualTo(5);

      assertThat(control("POST", "/reset", null).status()).isEqualTo(200);

      Expect.success(STUB.http().list().send());
      assertThat(control("GET", "/faults", null).result().path("faults")).isEmpty();
    }

    @Test
    void deleteFaultsClearsThemToo() {
      arm("{\"status\": 502}");

      assertThat(control("DELETE", "/faults", null).status()).isEqualTo(200);

      Expect.success(STUB.http().list().send());
    }

    /** A lower bound only: the stub sleeps at least the delay before it answers, whatever the machine's load. */
    @Test
    void aDelayFaultAnswersTheRealAnswerLate() {
      arm("{\"operation\": \"listGreTunnels\", \"delay_ms\": 300}");
      long started = System.nanoTime();

      StubHttp.Reply reply = STUB.http().list().send();

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
      Expect.success(reply);
    }

    @Test
    void aDropFaultClosesTheConnectionWithoutAnAnswerOnce() {
      arm("{\"operation\": \"createGreTunnel\", \"drop\": true}");

      assertThatThrownBy(() -> STUB.http().create(Bodies.minimal()).send()).isInstanceOf(UncheckedIOException.class);

      Expect.success(STUB.http().create(Bodies.minimal()).send());
    }

    @Test
    void aFaultThatCannotBeIsRefusedAndNothingIsArmed() {
      for (String bad : new String[] {"{\"operation\": \"createTunnel\", \"status\": 503}", "{\"status\": 200}",
          "{\"status\": 503, \"drop\": true}", "{}", "{\"status\": 503, \"times\": 0}", "[]", "{\"status\": \"503\"}"}) {
        StubHttp.Reply reply = control("POST", "/faults", bad);
        Expect.failure(reply, 400, 2003, null);
      }
      assertThat(control("GET", "/faults", null).result().path("faults")).isEmpty();
    }
  }
}
