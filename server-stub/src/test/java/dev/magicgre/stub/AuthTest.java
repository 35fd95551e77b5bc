package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.auth.Identities;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue #3, point 5: authentication and authorisation as Cloudflare answers them, with the default identities. */
class AuthTest {

  private static final String STRANGER_ACCOUNT = "0123456789abcdef0123456789abcdef";

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("example token, first account", call(c -> c)),
        Arguments.of("example token, second account", call(c -> c.account(StubHttp.OTHER_ACCOUNT))),
        Arguments.of("lower-case scheme", call(c -> c.header("Authorization", "bearer " + Identities.EXAMPLE_TOKEN))),
        Arguments.of("global key", call(c -> c.globalKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_KEY))),
        Arguments.of("global key, e-mail in other case", call(c -> c.globalKey("User@Example.COM", Identities.EXAMPLE_KEY))),
        Arguments.of("global key, second account",
            call(c -> c.globalKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_KEY).account(StubHttp.OTHER_ACCOUNT))));
  }

  @ParameterizedTest(name = "{0} -> 200")
  @MethodSource("accepted")
  void theDefaultIdentitiesMayCreateInTheExampleAccounts(String what, UnaryOperator<StubHttp.Call> setup) {
    Expect.success(setup.apply(STUB.http().create(Bodies.minimal())).send());
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("no credentials", call(StubHttp.Call::noAuth), 400, 9106),
        Arguments.of("only X-Auth-Email", call(c -> c.noAuth().header("X-Auth-Email", Identities.EXAMPLE_EMAIL)), 400, 9106),
        Arguments.of("only X-Auth-Key", call(c -> c.noAuth().header("X-Auth-Key", Identities.EXAMPLE_KEY)), 400, 9106),
        Arguments.of("unknown token", call(c -> c.header("Authorization", "Bearer NotAKnownToken0000000000000000000000000")), 403, 9109),
        Arguments.of("token one character short",
            call(c -> c.header("Authorization", "Bearer " + Identities.EXAMPLE_TOKEN.substring(1))), 403, 9109),
        Arguments.of("unknown key", call(c -> c.globalKey(Identities.EXAMPLE_EMAIL, "0000000000000000000000000000000a")), 403, 9103),
        Arguments.of("unknown e-mail", call(c -> c.globalKey("nobody@example.com", Identities.EXAMPLE_KEY)), 403, 9103),
        Arguments.of("read-only token", call(c -> c.header("Authorization", "Bearer " + Identities.EXAMPLE_READ_ONLY_TOKEN)), 403, 10000),
        Arguments.of("example token on another account", call(c -> c.account(STRANGER_ACCOUNT)), 403, 10000),
        Arguments.of("global key on another account",
            call(c -> c.globalKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_KEY).account(STRANGER_ACCOUNT)), 403, 10000));
  }

  @ParameterizedTest(name = "{0} -> {2} {3}")
  @MethodSource("refused")
  void refusedCredentialsGetCloudflaresCodes(String what, UnaryOperator<StubHttp.Call> setup, int status, int code) {
    StubHttp.Reply reply = setup.apply(STUB.http().create(Bodies.minimal())).send();

    Expect.failure(reply, status, code, null);
    assertThat(STUB.server().store().size()).isZero();
  }

  static Stream<Arguments> malformedAuthorization() {
    return Stream.of(
        Arguments.of("Basic dXNlcjpwYXNz"),
        Arguments.of("Bearer"),
        Arguments.of("Bearer "),
        Arguments.of("Bearer two words"),
        Arguments.of(Identities.EXAMPLE_TOKEN),
        Arguments.of("Bearer  " + Identities.EXAMPLE_TOKEN),
        Arguments.of("Token " + Identities.EXAMPLE_TOKEN));
  }

  @ParameterizedTest(name = "Authorization: {0} -> 400 6003 (error_chain 6111)")
  @MethodSource("malformedAuthorization")
  void aMalformedAuthorizationHeaderIs6003With6111InItsChain(String authorization) {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).header("Authorization", authorization).send();

    Expect.failure(reply, 400);
    assertThat(Expect.codes(reply)).containsExactly(6003);
    assertThat(reply.json().at("/errors/0/error_chain/0/code").asInt()).isEqualTo(6111);
    assertThat(STUB.server().store().size()).isZero();
  }

  @Test
  void aRefusalNeverEchoesTheSecret() {
    String guess = "Bearer Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYZ";

    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).header("Authorization", guess).send();

    Expect.failure(reply, 403, 9109, null);
    assertThat(reply.text()).doesNotContain("Sn3lZJ");
  }

  @Test
  void credentialsAreCheckedBeforeTheBody() {
    StubHttp.Reply reply = STUB.http().create("{not json").noAuth().send();

    Expect.failure(reply, 400, 9106, null);
  }

  private static UnaryOperator<StubHttp.Call> call(UnaryOperator<StubHttp.Call> setup) {
    return setup;
  }
}
