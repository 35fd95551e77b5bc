package dev.magicgre.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.json.CreateAnswers;
import dev.magicgre.json.GreJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The doc page's bodies survive a read into the generated model and a write back, field for field. */
class PageBodiesRoundTripTest {

  private final ObjectMapper mapper = GreJson.newObjectMapper();

  @Test
  void pageResponseWithObjectTargetRoundTrips() throws IOException {
    JsonNode page = resource("page-response-object-target.json");

    GreTunnelsCreateResult response = mapper.treeToValue(page, GreTunnelsCreateResult.class);
    GreTunnel tunnel = CreateAnswers.tunnel(response.getResult());

    HealthCheckTarget target = tunnel.getHealthCheck().getTarget();
    assertThat(target.isObject()).isTrue();
    assertThat(target.saved()).isEqualTo("203.0.113.1");
    assertThat(target.effective()).isEqualTo("203.0.113.1");
    assertThat(tunnel.getCreatedOn())
        .isEqualTo(OffsetDateTime.of(2017, 6, 14, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(tunnel.getBgpStatus().getState()).isEqualTo(BgpStatus.StateEnum.BGP_DOWN);
    assertThat((JsonNode) mapper.valueToTree(response)).isEqualTo(page);
  }

  @Test
  void pageResponseWithStringTargetRoundTrips() throws IOException {
    JsonNode page = resource("page-response-string-target.json");

    GreTunnelsCreateResult response = mapper.treeToValue(page, GreTunnelsCreateResult.class);
    GreTunnel tunnel = CreateAnswers.tunnel(response.getResult());

    HealthCheckTarget target = tunnel.getHealthCheck().getTarget();
    assertThat(target.isAddress()).isTrue();
    assertThat(target.asAddress()).isEqualTo("203.0.113.1");
    assertThat((JsonNode) mapper.valueToTree(response)).isEqualTo(page);
  }

  @Test
  void pageRequestRoundTripsInBothTargetForms() throws IOException {
    ObjectNode withString = (ObjectNode) resource("page-request.json");
    withString.putObject("health_check").put("type", "request").put("target", "203.0.113.9");
    ObjectNode withObject = withString.deepCopy();
    ((ObjectNode) withObject.get("health_check")).putObject("target").put("saved", "203.0.113.9");

    GreTunnelCreateRequest stringForm = mapper.treeToValue(withString, GreTunnelCreateRequest.class);
    GreTunnelCreateRequest objectForm = mapper.treeToValue(withObject, GreTunnelCreateRequest.class);

    assertThat(stringForm.getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofAddress("203.0.113.9"));
    assertThat(objectForm.getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofSaved("203.0.113.9"));
    // what the body left out stays out (no defaults from the spec); everything sent comes back as sent
    assertThat((JsonNode) mapper.valueToTree(stringForm)).isEqualTo(withString);
    assertThat((JsonNode) mapper.valueToTree(objectForm)).isEqualTo(withObject);
  }

  private JsonNode resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/" + name)) {
      return mapper.readTree(in);
    }
  }
}
