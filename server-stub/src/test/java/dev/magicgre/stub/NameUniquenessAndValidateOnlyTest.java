package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.model.GreTunnel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #3, points 3 (unique names, a 400 not a 409) and 4 (validate_only stores nothing). */
class NameUniquenessAndValidateOnlyTest {

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  @Test
  void aSecondTunnelWithTheSameNameIsA400NotA409() {
    String firstId = Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send()).path("id").asText();

    StubHttp.Reply reply = STUB.http().create(Bodies.minimal("GRE_1")).send();

    JsonNode body = Expect.failure(reply, 400, 1004, "/name");
    assertThat(body.at("/errors/0/message").asText()).contains("GRE_1");
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).extracting(GreTunnel::getId).containsExactly(firstId);
  }

  @Test
  void namesAreCaseSensitive() {
    Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send());

    Expect.success(STUB.http().create(Bodies.minimal("gre_1")).send());

    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).hasSize(2);
  }

  @Test
  void namesAreUniquePerAccountOnly() {
    Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send());

    Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).account(StubHttp.OTHER_ACCOUNT).send());

    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).hasSize(1);
    assertThat(STUB.server().store().list(StubHttp.OTHER_ACCOUNT)).hasSize(1);
  }

  @Test
  void uniquenessIsCheckedOnlyOnceEveryFieldRulePasses() {
    Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send());

    StubHttp.Reply reply = STUB.http().create(Bodies.set(Bodies.minimal("GRE_1"), "/mtu", "100")).send();

    Expect.failure(reply, 400, 1008, "/mtu");
  }

  @ParameterizedTest(name = "validate_only={0}")
  @ValueSource(strings = {"true", "TRUE", "True"})
  void validateOnlyAnswersLikeACreateAndStoresNothing(String value) {
    StubHttp.Reply reply = STUB.http().create(Bodies.set(Bodies.minimal("GRE_1"), "/bgp", "{\"customer_asn\": 1}"))
        .query("validate_only=" + value).send();

    JsonNode result = Expect.success(reply);
    assertThat(result.path("id").asText()).matches("[0-9a-f]{32}");
    assertThat(result.path("mtu").intValue()).isEqualTo(1476);
    assertThat(result.path("bgp_status").path("state").asText()).isEqualTo("BGP_DOWN");
    assertThat(result.path("created_on").asText()).matches(CreateSuccessTest.RFC3339_UTC);
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();

    Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send());
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).hasSize(1);
  }

  @Test
  void validateOnlyRunsTheSameValidation() {
    StubHttp.Reply reply = STUB.http().create(Bodies.with("/ttl", "0")).query("validate_only=true").send();

    Expect.failure(reply, 400, 1009, "/ttl");
  }

  @Test
  void validateOnlyReportsATakenName() {
    Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send());

    StubHttp.Reply reply = STUB.http().create(Bodies.minimal("GRE_1")).query("validate_only=true").send();

    Expect.failure(reply, 400, 1004, "/name");
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).hasSize(1);
  }

  @ParameterizedTest(name = "validate_only={0} stores")
  @ValueSource(strings = {"validate_only=false", "validate_only=FALSE", "other=1", "VALIDATE_ONLY=true"})
  void validateOnlyFalseOrAbsentStores(String query) {
    Expect.success(STUB.http().create(Bodies.minimal()).query(query).send());

    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).hasSize(1);
  }

  @ParameterizedTest(name = "?{0} -> 400 1016")
  @ValueSource(strings = {"validate_only=yes", "validate_only=1", "validate_only=", "validate_only",
      "validate_only=true&validate_only=true"})
  void aValidateOnlyOtherThanTrueOrFalseIsRefused(String query) {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).query(query).send();

    Expect.failure(reply, 400, 1016, null);
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }
}
