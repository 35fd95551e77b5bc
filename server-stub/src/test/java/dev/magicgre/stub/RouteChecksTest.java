package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-route checks are bound to the operations whose declaration in the spec has them ({@code RouteChecks}):
 * {@code validate_only} is a parameter of the writes only, so the writes refuse a bad value and the reads ignore
 * it like any unknown query parameter; every operation still asks for credentials.
 */
class RouteChecksTest {

  private static final String UNKNOWN_ID = "0123456789abcdef0123456789abcdef";

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  @Test
  void theReadsIgnoreValidateOnlyTheyDoNotDeclare() {
    String id = Expect.success(STUB.http().create(Bodies.minimal()).send()).path("id").asText();

    assertThat(Expect.success(STUB.http().list().query("validate_only=maybe").send()).path("gre_tunnels")).hasSize(1);
    assertThat(Expect.success(STUB.http().get(id).query("validate_only=maybe").send()).path("gre_tunnel").path("id")
        .asText()).isEqualTo(id);
  }

  static Stream<Arguments> writes() {
    Function<StubHttp, StubHttp.Call> create = http -> http.create(Bodies.minimal());
    Function<StubHttp, StubHttp.Call> updateSeveral =
        http -> http.updateSeveral(Bodies.several(Bodies.withId(UNKNOWN_ID, Bodies.minimal())));
    Function<StubHttp, StubHttp.Call> updateOne = http -> http.update(UNKNOWN_ID, Bodies.minimal());
    Function<StubHttp, StubHttp.Call> delete = http -> http.delete(UNKNOWN_ID);
    return Stream.of(Arguments.of("create", create), Arguments.of("update several", updateSeveral),
        Arguments.of("update one", updateOne), Arguments.of("delete", delete));
  }

  @ParameterizedTest(name = "{0} with validate_only=maybe -> 400 1016, nothing stored")
  @MethodSource("writes")
  void theWritesRefuseAValidateOnlyThatIsNotABoolean(String operation, Function<StubHttp, StubHttp.Call> call) {
    StubHttp.Reply reply = call.apply(STUB.http()).query("validate_only=maybe").send();

    Expect.failure(reply, 400, 1016, null);
    assertThat(STUB.server().store().size()).isZero();
  }
}
