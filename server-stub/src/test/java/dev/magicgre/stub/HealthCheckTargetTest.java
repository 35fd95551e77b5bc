package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #3, point 2: the form of health_check.target follows x-magic-new-hc-target, in request and response. */
class HealthCheckTargetTest {

  private static final String HEADER = "x-magic-new-hc-target";
  private static final String CUSTOMER = "203.0.113.2";

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  /** header value (null: not sent), target sent (null: absent), target expected in the response. */
  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of(null, null, "\"" + CUSTOMER + "\""),
        Arguments.of(null, "\"198.51.100.7\"", "\"198.51.100.7\""),
        Arguments.of(null, "\"\"", "\"" + CUSTOMER + "\""),
        Arguments.of("false", "\"198.51.100.7\"", "\"198.51.100.7\""),
        Arguments.of("FALSE", "\"2001:db8::1\"", "\"2001:db8::1\""),
        Arguments.of("false", null, "\"" + CUSTOMER + "\""),
        Arguments.of("true", null, "{\"saved\":\"\",\"effective\":\"" + CUSTOMER + "\"}"),
        Arguments.of("true", "{\"saved\":\"198.51.100.7\"}", "{\"saved\":\"198.51.100.7\",\"effective\":\"198.51.100.7\"}"),
        Arguments.of("True", "{\"saved\":\"198.51.100.7\"}", "{\"saved\":\"198.51.100.7\",\"effective\":\"198.51.100.7\"}"),
        Arguments.of("true", "{\"saved\":\"\"}", "{\"saved\":\"\",\"effective\":\"" + CUSTOMER + "\"}"),
        Arguments.of("true", "{}", "{\"saved\":\"\",\"effective\":\"" + CUSTOMER + "\"}"),
        // effective is read-only: ignored in a request
        Arguments.of("true", "{\"effective\":\"192.0.2.99\"}", "{\"saved\":\"\",\"effective\":\"" + CUSTOMER + "\"}"),
        Arguments.of("true", "{\"saved\":\"198.51.100.7\",\"effective\":\"192.0.2.99\"}",
            "{\"saved\":\"198.51.100.7\",\"effective\":\"198.51.100.7\"}"));
  }

  @ParameterizedTest(name = "header {0}, target {1} -> {2}")
  @MethodSource("accepted")
  void theResponseUsesTheHeadersForm(String header, String sent, String expected) {
    StubHttp.Reply reply = STUB.http().create(Bodies.with("/health_check/target", sent)).header(HEADER, header).send();

    JsonNode result = Expect.success(reply);
    assertThat(result.path("health_check").path("target")).isEqualTo(Bodies.parse(expected));
  }

  /** header value, a target of the wrong form for it. */
  static Stream<Arguments> wrongForm() {
    return Stream.of(
        Arguments.of("true", "\"198.51.100.7\""),
        Arguments.of("true", "\"\""),
        Arguments.of("true", "[\"198.51.100.7\"]"),
        Arguments.of("TRUE", "7"),
        Arguments.of(null, "{\"saved\":\"198.51.100.7\"}"),
        Arguments.of("false", "{\"saved\":\"198.51.100.7\"}"),
        Arguments.of("false", "{}"),
        Arguments.of(null, "true"));
  }

  @ParameterizedTest(name = "header {0}, target {1} -> 400 1014")
  @MethodSource("wrongForm")
  void theWrongFormForTheHeaderIsRefused(String header, String sent) {
    StubHttp.Reply reply = STUB.http().create(Bodies.with("/health_check/target", sent)).header(HEADER, header).send();

    Expect.failure(reply, 400, 1014, "/health_check/target");
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }

  @ParameterizedTest(name = "header {0}, target null -> 400 1002")
  @ValueSource(strings = {"true", "false"})
  void aNullTargetIsAWrongType(String header) {
    StubHttp.Reply reply = STUB.http().create(Bodies.with("/health_check/target", "null")).header(HEADER, header).send();

    Expect.failure(reply, 400, 1002, "/health_check/target");
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }

  @ParameterizedTest(name = "header {0}, target {1} -> 400 {2} at {3}")
  @MethodSource("badAddresses")
  void theTargetMustBeAnIpAddress(String header, String sent, int code, String pointer) {
    StubHttp.Reply reply = STUB.http().create(Bodies.with("/health_check/target", sent)).header(HEADER, header).send();

    Expect.failure(reply, 400, code, pointer);
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }

  static Stream<Arguments> badAddresses() {
    return Stream.of(
        Arguments.of("false", "\"not-an-ip\"", 1005, "/health_check/target"),
        Arguments.of("false", "\"256.1.1.1\"", 1005, "/health_check/target"),
        Arguments.of("true", "{\"saved\":\"example.com\"}", 1005, "/health_check/target/saved"),
        Arguments.of("true", "{\"saved\":7}", 1002, "/health_check/target/saved"),
        Arguments.of("true", "{\"saved\":null}", 1002, "/health_check/target/saved"));
  }

  @ParameterizedTest(name = "header value \"{0}\" -> 400 1016")
  @ValueSource(strings = {"yes", "1", "0", "", "truee", "true,false", "no"})
  void aHeaderValueOtherThanTrueOrFalseIsRefused(String value) {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).header(HEADER, value).send();

    Expect.failure(reply, 400, 1016, null);
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }
}
