package dev.magicgre.stub.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelBgp;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.HealthCheckDirection;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.model.HealthCheckType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A stored tunnel comes back equal to what was stored, whatever is present or absent: every Boolean and enum
 * value and null (packed into {@link Flags}), hex and other ids, timestamps, nested parts.
 */
class CompactTunnelTest {

  @Test
  void aTunnelOfAnyShapeComesBackEqual() {
    Random random = new Random(42);
    Interner interner = new Interner(64);
    for (int i = 0; i < 20_000; i++) {
      GreTunnel tunnel = randomTunnel(random);
      assertThat(new CompactTunnel(tunnel, interner).toTunnel()).isEqualTo(tunnel);
    }
  }

  private static GreTunnel randomTunnel(Random random) {
    String id = random.nextInt(5) == 0 ? "seeded-" + random.nextInt(100)
        : String.format("%016x%016x", random.nextLong(), random.nextLong());
    GreTunnel tunnel = new GreTunnel(id, "n" + random.nextInt(), "203.0.113." + random.nextInt(3), "203.0.113.9",
        "10.212.0.0/31")
        .interfaceAddress6(maybe(random, "2606:54c1:7:0:a9fe:12d2:1:200/127"))
        .description(maybe(random, "Tunnel " + random.nextInt(5)))
        .automaticReturnRouting(maybe(random, random.nextBoolean()))
        .mtu(maybe(random, 576 + random.nextInt(900)))
        .ttl(maybe(random, random.nextInt(256)))
        .createdOn(maybe(random, utc(random)))
        .modifiedOn(maybe(random, utc(random)));
    if (random.nextInt(4) == 0) {
      tunnel.bgp(new GreTunnelBgp().customerAsn(64512).extraPrefixes(maybe(random, List.of("192.0.2.0/24"))))
          .bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(false).updatedAt(utc(random)));
    }
    if (random.nextInt(5) != 0) {
      tunnel.healthCheck(new GreTunnelHealthCheck()
          .enabled(maybe(random, random.nextBoolean()))
          .rate(maybe(random, HealthCheckRate.values()[random.nextInt(HealthCheckRate.values().length)]))
          .type(maybe(random, HealthCheckType.values()[random.nextInt(HealthCheckType.values().length)]))
          .direction(maybe(random, HealthCheckDirection.values()[random.nextInt(HealthCheckDirection.values().length)]))
          .target(maybe(random, HealthCheckTarget.ofSavedAndEffective("", "203.0.113.9"))));
    }
    return tunnel;
  }

  private static OffsetDateTime utc(Random random) {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(Math.abs(random.nextLong() % 4_000_000_000_000L)), ZoneOffset.UTC);
  }

  private static <T> T maybe(Random random, T value) {
    return random.nextInt(4) == 0 ? null : value;
  }
}
