package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.model.GreTunnel;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue #3, point 1: the success envelope, the new id, every field echoed, the defaults, the timestamps. */
class CreateSuccessTest {

  /** RFC 3339 in UTC, as Cloudflare writes it: seconds, an optional fraction, and Z. */
  static final String RFC3339_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  @Test
  void minimalCreateAnswers200WithTheDefaultsFilledIn() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).send();

    JsonNode result = Expect.success(reply);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(result.path("id").asText()).matches("[0-9a-f]{32}");
    assertThat(result.path("name").asText()).isEqualTo("GRE_1");
    assertThat(result.path("cloudflare_gre_endpoint").asText()).isEqualTo("203.0.113.1");
    assertThat(result.path("customer_gre_endpoint").asText()).isEqualTo("203.0.113.2");
    assertThat(result.path("interface_address").asText()).isEqualTo("10.212.0.0/31");
    assertThat(result.path("mtu").isInt()).isTrue();
    assertThat(result.path("mtu").intValue()).isEqualTo(1476);
    assertThat(result.path("ttl").intValue()).isEqualTo(64);
    assertThat(result.path("automatic_return_routing").isBoolean()).isTrue();
    assertThat(result.path("automatic_return_routing").booleanValue()).isFalse();
    JsonNode healthCheck = result.path("health_check");
    assertThat(healthCheck.path("enabled").booleanValue()).isTrue();
    assertThat(healthCheck.path("rate").asText()).isEqualTo("mid");
    assertThat(healthCheck.path("type").asText()).isEqualTo("reply");
    assertThat(healthCheck.path("direction").asText()).isEqualTo("unidirectional");
    assertThat(healthCheck.path("target").isTextual()).isTrue();
    assertThat(healthCheck.path("target").asText()).isEqualTo("203.0.113.2");
    assertThat(result.has("bgp")).isFalse();
    assertThat(result.has("bgp_status")).as("bgp_status only when bgp is given").isFalse();
    assertThat(result.path("created_on").asText()).matches(RFC3339_UTC);
    assertThat(result.path("modified_on").asText()).isEqualTo(result.path("created_on").asText());
  }

  @Test
  void createdOnIsNow() {
    OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    JsonNode result = Expect.success(STUB.http().create(Bodies.minimal()).send());
    OffsetDateTime after = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1);

    OffsetDateTime createdOn = OffsetDateTime.parse(result.path("created_on").asText());
    assertThat(createdOn).isBetween(before, after);
  }

  @Test
  void everyFieldSentIsEchoedBackAndBgpGetsItsStatus() {
    ObjectNode body = (ObjectNode) Bodies.parse("""
        {"name": "GRE_full", "cloudflare_gre_endpoint": "203.0.113.1", "customer_gre_endpoint": "2001:db8::7",
         "interface_address": "172.31.255.254/31", "interface_address6": "2606:54c1:7:0:a9fe:12d2:1:200/127",
         "description": "Tunnel for ISP X", "automatic_return_routing": true, "mtu": 1400, "ttl": 255,
         "bgp": {"customer_asn": 64512, "extra_prefixes": ["192.0.2.0/24", "2001:db8::/32"], "md5_key": "s3cr3t-K3y",
                 "export_filter_id": "0123456789abcdef0123456789abcdef"},
         "health_check": {"enabled": false, "rate": "high", "type": "request", "direction": "bidirectional",
                          "target": "198.51.100.9"}}""");

    JsonNode result = Expect.success(STUB.http().create(body).send());

    for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      assertThat(result.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue());
    }
    JsonNode bgpStatus = result.path("bgp_status");
    assertThat(bgpStatus.path("state").asText()).isEqualTo("BGP_DOWN");
    assertThat(bgpStatus.path("tcp_established").isBoolean()).isTrue();
    assertThat(bgpStatus.path("tcp_established").booleanValue()).isFalse();
    assertThat(bgpStatus.path("updated_at").asText()).matches(RFC3339_UTC);
  }

  @Test
  void theCreatedTunnelIsStoredAsAnswered() {
    JsonNode result = Expect.success(STUB.http().create(Bodies.minimal()).send());

    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).extracting(GreTunnel::getId)
        .containsExactly(result.path("id").asText());
    assertThat(STUB.server().store().list(StubHttp.OTHER_ACCOUNT)).isEmpty();
  }

  @Test
  void everyCreateGetsANewId() {
    String first = Expect.success(STUB.http().create(Bodies.minimal("ONE")).send()).path("id").asText();
    String second = Expect.success(STUB.http().create(Bodies.minimal("TWO")).send()).path("id").asText();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void theDocPagesCurlExampleWorksOnceTheBaseUrlIsChanged() {
    // the page's example, with its interface_address (192.0.2.0/31, not private) replaced as docs/running-the-stub.md says
    String body = """
        {
          "cloudflare_gre_endpoint": "203.0.113.1",
          "customer_gre_endpoint": "203.0.113.1",
          "interface_address": "10.212.0.0/31",
          "name": "GRE_1",
          "automatic_return_routing": true,
          "description": "Tunnel for ISP X",
          "interface_address6": "2606:54c1:7:0:a9fe:12d2:1:200/127"
        }""";

    JsonNode result = Expect.success(STUB.http().create(body).send());

    assertThat(result.path("description").asText()).isEqualTo("Tunnel for ISP X");
  }

  @Test
  void unknownFieldsAreIgnoredAndNotEchoed() {
    JsonNode result = Expect.success(STUB.http().create(Bodies.with("/colour", "\"blue\"")).send());

    assertThat(result.has("colour")).isFalse();
  }

  @Test
  void aTrailingSlashIsAccepted() {
    Expect.success(STUB.http().create(Bodies.minimal()).path(StubHttp.tunnelsPath(StubHttp.ACCOUNT) + "/").send());
  }

  @Test
  void theAcceptHeaderIsIgnored() {
    StubHttp.Reply reply = STUB.http().create(Bodies.minimal()).header("Accept", "text/html").send();

    Expect.success(reply);
  }
}
