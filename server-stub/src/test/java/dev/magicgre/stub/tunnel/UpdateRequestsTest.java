package dev.magicgre.stub.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateItem;
import dev.magicgre.model.HealthCheckDirection;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.model.HealthCheckType;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The copy of an update into a create request gives what the conversion through JSON it replaced gave, for
 * updates of every shape, and knows every member the update types have.
 */
class UpdateRequestsTest {

  private static final ObjectMapper MAPPER = GreJson.newObjectMapper();
  private static final List<String> FIELDS = List.of("name", "cloudflare_gre_endpoint", "customer_gre_endpoint",
      "interface_address", "interface_address6", "description", "automatic_return_routing", "mtu", "ttl",
      "health_check");

  @Test
  void theCopyEqualsTheConversionThroughJson() throws Exception {
    Random random = new Random(9);
    for (int i = 0; i < 5000; i++) {
      GreTunnelUpdateRequest one = new GreTunnelUpdateRequest()
          // the required members are always there (the rules refuse a body without them before this)
          .name("n" + i).cloudflareGreEndpoint("203.0.113.1")
          .customerGreEndpoint("203.0.113.2").interfaceAddress("10.212.0.0/31")
          .interfaceAddress6(maybe(random, "2606:54c1:7:0:a9fe:12d2:1:200/127")).description(maybe(random, "d"))
          .automaticReturnRouting(maybe(random, random.nextBoolean())).mtu(maybe(random, random.nextInt(1500)))
          .ttl(maybe(random, random.nextInt(256))).healthCheck(maybe(random, healthCheck(random)));
      ObjectNode withId = MAPPER.valueToTree(one);
      withId.put("id", "0123456789abcdef0123456789abcdef");
      GreTunnelsUpdateItem item = MAPPER.treeToValue(withId, GreTunnelsUpdateItem.class);
      assertThat(UpdateRequests.asCreateRequest(one)).isEqualTo(MAPPER.convertValue(one, GreTunnelCreateRequest.class));
      assertThat(UpdateRequests.asCreateRequest(item)).isEqualTo(MAPPER.convertValue(item, GreTunnelCreateRequest.class));
    }
  }

  /** A member added to an update type must be added to the copy. */
  @Test
  void theCopyKnowsEveryMemberOfTheUpdateTypes() {
    assertThat(members(GreTunnelUpdateRequest.class)).containsExactlyInAnyOrderElementsOf(FIELDS);
    assertThat(members(GreTunnelsUpdateItem.class)).containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.concat(java.util.stream.Stream.of("id"), FIELDS.stream()).toList());
  }

  private static List<String> members(Class<?> type) {
    return MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type)).findProperties().stream()
        .map(BeanPropertyDefinition::getName).toList();
  }

  private static GreTunnelHealthCheckRequest healthCheck(Random random) {
    return new GreTunnelHealthCheckRequest()
        .enabled(maybe(random, random.nextBoolean()))
        .rate(maybe(random, HealthCheckRate.values()[random.nextInt(HealthCheckRate.values().length)]))
        .type(maybe(random, HealthCheckType.values()[random.nextInt(HealthCheckType.values().length)]))
        .direction(maybe(random, HealthCheckDirection.values()[random.nextInt(HealthCheckDirection.values().length)]))
        .target(maybe(random, random.nextBoolean() ? HealthCheckTarget.ofAddress("203.0.113.3")
            : HealthCheckTarget.ofSaved("203.0.113.4")));
  }

  private static <T> T maybe(Random random, T value) {
    return random.nextInt(4) == 0 ? null : value;
  }
}
