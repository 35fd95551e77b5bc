package dev.magicgre.stub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelBgp;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.HealthCheckDirection;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.model.HealthCheckType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact form the store keeps gives back tunnels equal to those stored. */
class InMemoryTunnelStoreTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 20, 32, 8, 647_000_000, ZoneOffset.UTC);

  @Test
  void givesBackEqualTunnels() {
    GreTunnel full = new GreTunnel("0f41ecfcba8f8d00f00dea073c7c668f", "GRE_1", "203.0.113.1", "203.0.113.2",
        "10.212.0.0/31")
        .interfaceAddress6("2606:54c1:7:0:a9fe:12d2:1:200/127").description("Tunnel for ISP X")
        .automaticReturnRouting(true).mtu(1476).ttl(64)
        .bgp(new GreTunnelBgp().customerAsn(64512))
        .bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(false).updatedAt(NOW))
        .healthCheck(new GreTunnelHealthCheck().enabled(true).rate(HealthCheckRate.HIGH).type(HealthCheckType.REQUEST)
            .direction(HealthCheckDirection.BIDIRECTIONAL)
            .target(HealthCheckTarget.ofSavedAndEffective("", "203.0.113.2")))
        .createdOn(NOW).modifiedOn(NOW.plusSeconds(1));
    GreTunnel sparse = new GreTunnel("not-hex", "GRE_2", "203.0.113.1", "203.0.113.2", "10.212.0.0/31")
        .mtu(null).ttl(null).healthCheck(null);
    InMemoryTunnelStore store = new InMemoryTunnelStore();

    store.insert("a", full);
    store.insert("a", sparse);
    assertThatThrownBy(() -> store.insert("a", sparse)).isInstanceOf(NameTakenException.class);

    List<GreTunnel> tunnels = store.list("a");
    assertThat(tunnels).containsExactly(full, sparse);
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.find("a", full.getId())).contains(full);
    assertThat(store.find("b", full.getId())).isEmpty();
  }
}
