package dev.magicgre.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.json.GreJson;
import org.junit.jupiter.api.Test;

/**
 * The spec's {@code default:} values do not become field initialisers (the pojo.mustache override in
 * src/main/templates): a model written to JSON carries only what was set, so a client sends only what its
 * caller chose and the API applies its own defaults to the rest.
 */
class ModelDefaultsTest {

  private final ObjectMapper mapper = GreJson.newObjectMapper();

  @Test
  void aCreateRequestWithOnlyTheRequiredFieldsWritesOnlyThem() throws Exception {
    GreTunnelCreateRequest request = new GreTunnelCreateRequest("GRE_1", "203.0.113.1", "203.0.113.2", "10.212.0.0/31");

    assertThat(mapper.writeValueAsString(request)).isEqualTo("{\"name\":\"GRE_1\",\"cloudflare_gre_endpoint\":"
        + "\"203.0.113.1\",\"customer_gre_endpoint\":\"203.0.113.2\",\"interface_address\":\"10.212.0.0/31\"}");
  }

  @Test
  void theBuilderLeavesUnsetFieldsUnsetToo() throws Exception {
    GreTunnelUpdateRequest request = GreTunnelUpdateRequest.builder().name("GRE_1").build();

    assertThat(mapper.writeValueAsString(request)).isEqualTo("{\"name\":\"GRE_1\"}");
  }

  @Test
  void aHealthCheckWithOnlyItsTargetWritesOnlyTheTarget() throws Exception {
    GreTunnelHealthCheckRequest healthCheck = new GreTunnelHealthCheckRequest().target(HealthCheckTarget.ofAddress("203.0.113.2"));

    assertThat(mapper.writeValueAsString(healthCheck)).isEqualTo("{\"target\":\"203.0.113.2\"}");
    assertThat(GreTunnelHealthCheckRequest.builder().build().getEnabled()).isNull();
  }

  @Test
  void fieldsOfEveryRequestModelStartUnset() {
    GreTunnelsUpdateItem item = new GreTunnelsUpdateItem();
    GreTunnelCreateRequest create = new GreTunnelCreateRequest();
    GreTunnel tunnel = new GreTunnel();

    assertThat(item.getMtu()).isNull();
    assertThat(item.getTtl()).isNull();
    assertThat(item.getAutomaticReturnRouting()).isNull();
    assertThat(create.getMtu()).isNull();
    assertThat(create.getAutomaticReturnRouting()).isNull();
    assertThat(tunnel.getMtu()).isNull();
    assertThat(new GreTunnelHealthCheck().getRate()).isNull();
  }
}
