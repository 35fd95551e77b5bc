package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.stub.auth.Identities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #21, item 1: every answer of the real API captured in ../shared/evidence/cloudflare-real-answers.md
 * (graded REAL or REAL-BEHAVIOUR, concerning this API or its gateway) is asked of the stub and compared with
 * the captured one: status, and the whole body as a JSON tree (which keys it has, codes, messages,
 * error_chain; key order aside). Each test's name quotes the evidence item, its comment the source.
 */
class CloudflareEvidenceTest {

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  /** cloudflare/cloudflare-typescript#161 (also TF#657, acme.sh#6435, python-cloudflare#79). */
  @Test
  void evidenceA2n4_malformedXAuthKeyIs400_6003WithErrorChain6103() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal())
        .globalKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_TOKEN).send();

    assertCaptured(reply, 400, """
        {"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[{"code":6103,
        "message":"Invalid format for X-Auth-Key header"}]}],"messages":[],"result":null}""");
  }

  /** jeessy2/ddns-go#916 (status stated as 400), kissgyorgy/cloudflare-dyndns#40. */
  @Test
  void evidenceA2n5_malformedAuthorizationIsOne6003EntryWithErrorChain6111() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).header("Authorization", "Bearer not a token").send();

    assertCaptured(reply, 400, """
        {"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[{"code":6111,
        "message":"Invalid format for Authorization header"}]}],"messages":[],"result":null}""");
  }

  /** NewFuture/DDNS#152, rmbolger/Posh-ACME#126 (status 400 by the other 6003 captures). */
  @Test
  void evidenceA2n6_malformedEmailAndKeyAreOne6003EntryWithErrorChain6102And6103() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).globalKey("not an e-mail", "not a key").send();

    assertCaptured(reply, 400, """
        {"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[
        {"code":6102,"message":"Invalid format for X-Auth-Email header"},
        {"code":6103,"message":"Invalid format for X-Auth-Key header"}]}],"messages":[],"result":null}""");
  }

  /**
   * cloudflare/cf-terraforming#790 and a measured user log: 400 9106. Both shapes were seen (with and without
   * messages/result); the stub keeps the four-key one (CHOSEN in the fidelity ledger).
   */
  @Test
  void evidenceA2n7_noCredentialsIs400_9106() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).noAuth().send();

    assertCaptured(reply, 400, """
        {"success":false,"errors":[{"code":9106,"message":"Missing X-Auth-Key, X-Auth-Email or Authorization headers"}],
        "messages":[],"result":null}""");
  }

  /** cert-manager/cert-manager PR #4465 and user notes: 403 9109 "Invalid access token". */
  @Test
  void evidenceA2n9_unknownTokenIs403_9109() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal())
        .header("Authorization", "Bearer NotAKnownToken0000000000000000000000000").send();

    assertCaptured(reply, 403, """
        {"success":false,"errors":[{"code":9109,"message":"Invalid access token"}],"messages":[],"result":null}""");
  }

  /**
   * terraform-provider-cloudflare commit 057b6a79 and cloudflare/cloudflare-docs#13405: a valid token without
   * the permission is 403 10000 "Authentication error", the body without messages and result keys.
   */
  @Test
  void evidenceA2n1_credentialsWithoutThePermissionAre403_10000WithoutMessagesAndResult() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal())
        .header("Authorization", "Bearer " + Identities.EXAMPLE_READ_ONLY_TOKEN).send();

    assertCaptured(reply, 403, """
        {"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}""");
  }

  /**
   * The newer form of A2 #11-14 (user doc; Go test): an account id that is no 32-hex identifier is 7003 alone,
   * quoting the path as sent, /client/v4 and percent-encoding included. Status 400 as in #11 and #12.
   */
  @Test
  void evidenceA2n14_anAccountIdThatIsNoIdentifierIs400_7003WithTheRoutingMessage() {
    StubHttp.Reply reply = STUB.http().list().path("/accounts/not%20an%20id/magic/gre_tunnels").send();

    assertCaptured(reply, 400, """
        {"result":null,"success":false,"errors":[{"code":7003,"message":
        "Could not route to /client/v4/accounts/not%20an%20id/magic/gre_tunnels, perhaps your object identifier is invalid?"}],
        "messages":[]}""");
  }

  /** A2 #11-14 again, on the id of one tunnel: the same routing message, the tunnel's path as sent. */
  @Test
  void evidenceA2n14_aMalformedTunnelIdIs400_7003WithTheRoutingMessage() {
    StubHttp.Reply reply = STUB.http().get("GRE_1").send();

    assertCaptured(reply, 400, """
        {"result":null,"success":false,"errors":[{"code":7003,"message":
        "Could not route to /client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/magic/gre_tunnels/GRE_1, perhaps your object identifier is invalid?"}],
        "messages":[]}""");
  }

  /**
   * A2 #12 (an empty account id, /accounts//access/apps, answered 400 7003 "Could not route to ..."): the same for
   * this API's routes, with the path as sent (the newer form of #14).
   */
  @Test
  void evidenceA2n12_anEmptyAccountIdIs400_7003WithTheRoutingMessage() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).path("/accounts//magic/gre_tunnels").send();

    assertCaptured(reply, 400, """
        {"result":null,"success":false,"errors":[{"code":7003,"message":
        "Could not route to /client/v4/accounts//magic/gre_tunnels, perhaps your object identifier is invalid?"}],
        "messages":[]}""");
    assertThat(STUB.server().store().size()).isZero();
  }

  /** timothymiller/cloudflare-ddns#61: 9207 "Content-type must be application/json." (status not quoted: 415 is ours). */
  @Test
  void evidenceA2n18_aWrongContentTypeIs9207WithCloudflaresMessage() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).header("Content-Type", "text/plain").send();

    assertCaptured(reply, 415, """
        {"result":null,"success":false,"errors":[{"code":9207,"message":"Content-type must be application/json."}],
        "messages":[]}""");
  }

  /**
   * A1.2 (terraform-provider-cloudflare commit 9ff5206b0, PR #5536): 1022 "Invalid Request: no GRE Tunnels found
   * in request."; the stub answers it where no tunnel is given, an empty gre_tunnels (A1.3: status 400).
   */
  @Test
  void evidenceA1n2_noTunnelsInTheRequestIs1022WithCloudflaresMessage() {
    StubHttp.Reply reply = STUB.http().create(Bodies.several()).send();

    JsonNode body = Expect.failure(reply, 400, 1022, "/gre_tunnels");
    assertThat(body.at("/errors/0/message").asText()).isEqualTo("Invalid Request: no GRE Tunnels found in request.");
  }

  /**
   * C1 and C3 (REAL-BEHAVIOUR: terraform-provider v5 resource.go, commit c1d6eda0e; cloudflare-go v0): a single
   * object's create answers the tunnel at result, get answers result.gre_tunnel, an update result.modified true
   * and result.modified_gre_tunnel, a delete result.deleted true and result.deleted_gre_tunnel; C7: an unknown
   * tunnel's error says "GRE tunnel not found".
   */
  @Test
  void evidenceC1C3C7_theLifecycleAnswersInCloudflaresWrappers() {
    JsonNode created = Expect.success(STUB.http().create(Bodies.minimal()).send());
    String id = created.path("id").asText();
    assertThat(id).matches("[0-9a-f]{32}");

    assertThat(Expect.success(STUB.http().get(id).send()).path("gre_tunnel").path("id").asText()).isEqualTo(id);
    JsonNode updated = Expect.success(STUB.http().update(id, Bodies.minimal()).send());
    assertThat(updated.path("modified").asBoolean()).isTrue();
    assertThat(updated.path("modified_gre_tunnel").path("id").asText()).isEqualTo(id);
    JsonNode deleted = Expect.success(STUB.http().delete(id).send());
    assertThat(deleted.path("deleted").asBoolean()).isTrue();
    assertThat(deleted.path("deleted_gre_tunnel").path("id").asText()).isEqualTo(id);
    assertThat(STUB.http().get(id).send().json().at("/errors/0/message").asText()).contains("GRE tunnel not found");
  }

  /** C2 (REAL-BEHAVIOUR: cloudflare-go#798, "Tested using a production account"): the wrapped create answers result.gre_tunnels. */
  @Test
  void evidenceC2_theWrappedCreateAnswersResultGreTunnels() {
    JsonNode result = Expect.success(STUB.http().create(Bodies.several(Bodies.minimal())).send());

    assertThat(result.path("gre_tunnels").isArray()).isTrue();
    assertThat(result.path("gre_tunnels").get(0).path("name").asText()).isEqualTo(Bodies.minimal().path("name").asText());
  }

  /** C5 (REAL-BEHAVIOUR: the v5 acceptance test): with the header, an unset target's effective value is the customer endpoint. */
  @Test
  void evidenceC5_anUnsetTargetIsEffectivelyTheCustomerEndpoint() {
    String id = Expect.success(STUB.http().create(Bodies.minimal()).send()).path("id").asText();

    JsonNode tunnel = Expect.success(STUB.http().get(id).header("x-magic-new-hc-target", "true").send()).path("gre_tunnel");
    assertThat(tunnel.at("/health_check/target/effective").asText()).isEqualTo(tunnel.path("customer_gre_endpoint").asText());
  }

  private static void assertCaptured(StubHttp.Reply reply, int status, String captured) {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/json");
    try {
      assertThat(reply.json()).as("body").isEqualTo(StubHttp.JSON.readTree(captured.replace("\n", "")));
    } catch (JsonProcessingException broken) {
      throw new AssertionError("the captured body in this test is not JSON", broken);
    }
  }
}
