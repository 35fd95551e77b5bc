package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #12, point 4: each route answers exactly its methods; any other is 405 7001 with an {@code Allow} header
 * naming that route's methods (from the resource model), decided before credentials, with or without a body.
 */
class MethodsPerRouteTest {

  private static final String ID = "0123456789abcdef0123456789abcdef";
  private static final String COLLECTION = StubHttp.tunnelsPath(StubHttp.ACCOUNT);
  private static final String ONE = COLLECTION + "/" + ID;
  private static final List<String> COLLECTION_METHODS = List.of("GET", "POST", "PUT");
  private static final List<String> ONE_METHODS = List.of("DELETE", "GET", "PUT");

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  static Stream<Arguments> undeclared() {
    return Stream.of(
        Arguments.of(COLLECTION, "PATCH", COLLECTION_METHODS),
        Arguments.of(COLLECTION, "DELETE", COLLECTION_METHODS),
        Arguments.of(COLLECTION, "OPTIONS", COLLECTION_METHODS),
        Arguments.of(COLLECTION + "/", "DELETE", COLLECTION_METHODS),
        Arguments.of(ONE, "POST", ONE_METHODS),
        Arguments.of(ONE, "PATCH", ONE_METHODS),
        Arguments.of(ONE, "OPTIONS", ONE_METHODS));
  }

  @ParameterizedTest(name = "{1} {0} -> 405, Allow: {2}")
  @MethodSource("undeclared")
  void anUndeclaredMethodIs405WithTheRoutesMethods(String path, String method, List<String> allowed) {
    StubHttp.Reply reply = STUB.http().create("").body(BodyPublishers.noBody()).path(path).method(method).noAuth().send();

    Expect.failure(reply, 405, 7001, null);
    assertThat(allowHeader(reply)).containsExactlyInAnyOrderElementsOf(allowed);
  }

  @ParameterizedTest(name = "{1} {0} with a body -> 405, Allow: {2}")
  @MethodSource("undeclared")
  void anUndeclaredMethodWithABodyIs405Too(String path, String method, List<String> allowed) {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).path(path).method(method).send();

    Expect.failure(reply, 405, 7001, null);
    assertThat(allowHeader(reply)).containsExactlyInAnyOrderElementsOf(allowed);
    assertThat(STUB.server().store().size()).isZero();
  }

  static Stream<Arguments> routes() {
    return Stream.of(Arguments.of(COLLECTION, COLLECTION_METHODS), Arguments.of(ONE, ONE_METHODS));
  }

  @ParameterizedTest(name = "HEAD {0} -> 405 without a body, Allow: {1}")
  @MethodSource("routes")
  void aHeadRequestIs405WithoutABody(String path, List<String> allowed) {
    StubHttp.Reply reply = STUB.http().create("").body(BodyPublishers.noBody()).path(path).method("HEAD").send();

    assertThat(reply.status()).isEqualTo(405);
    assertThat(allowHeader(reply)).containsExactlyInAnyOrderElementsOf(allowed);
    assertThat(reply.text()).isEmpty();
  }

  @Test
  void aListIgnoresABodyAndItsContentType() {
    Expect.success(STUB.http().create(Bodies.minimal()).send());

    StubHttp.Reply reply = STUB.http().list().body("not even json").header("Content-Type", "text/plain").send();

    assertThat(Expect.success(reply).path("gre_tunnels")).hasSize(1);
  }

  @Test
  void aDeleteWithAWrongContentTypeIs415AndDeletesNothing() {
    String id = Expect.success(STUB.http().create(Bodies.minimal()).send()).path("id").asText();

    StubHttp.Reply reply = STUB.http().delete(id).body("{}").header("Content-Type", "text/plain").send();

    Expect.failure(reply, 415, 9207, null);
    assertThat(STUB.server().store().size()).isOne();
  }

  private static List<String> allowHeader(StubHttp.Reply reply) {
    List<String> values = reply.headers().allValues("Allow");
    assertThat(values).as("one Allow header in %s", reply).hasSize(1);
    return Stream.of(values.get(0).split(",")).map(String::trim).toList();
  }
}
