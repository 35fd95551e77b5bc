package dev.magicgre.stub.tunnel;

import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.HealthCheckDirection;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.model.HealthCheckType;
import dev.magicgre.stub.validation.TargetForm;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns a valid create request into the tunnel Cloudflare would answer: a new id, timestamps, the defaults
 * filled in, {@code bgp_status} when BGP is configured, and the health check target in the form the
 * request's header asked for (its default is the customer endpoint).
 */
public final class TunnelFactory {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Clock clock;

  public TunnelFactory(Clock clock) {
    this.clock = clock;
  }

  public GreTunnel create(GreTunnelCreateRequest request, TargetForm targetForm) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    GreTunnel tunnel = new GreTunnel(newId(), request.getName(), request.getCloudflareGreEndpoint(),
        request.getCustomerGreEndpoint(), request.getInterfaceAddress())
        .interfaceAddress6(request.getInterfaceAddress6())
        .description(request.getDescription())
        .automaticReturnRouting(valueOr(request.getAutomaticReturnRouting(), false))
        .mtu(valueOr(request.getMtu(), 1476))
        .ttl(valueOr(request.getTtl(), 64))
        .bgp(request.getBgp())
        .healthCheck(healthCheck(request, targetForm))
        .createdOn(now)
        .modifiedOn(now);
    if (request.getBgp() != null) {
      tunnel.bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(false).updatedAt(now));
    }
    return tunnel;
  }

  private static GreTunnelHealthCheck healthCheck(GreTunnelCreateRequest request, TargetForm targetForm) {
    GreTunnelHealthCheckRequest sent = request.getHealthCheck() == null ? new GreTunnelHealthCheckRequest() : request.getHealthCheck();
    String saved = savedTarget(sent.getTarget());
    String effective = saved.isEmpty() ? request.getCustomerGreEndpoint() : saved;
    HealthCheckTarget target = targetForm == TargetForm.OBJECT
        ? HealthCheckTarget.ofSavedAndEffective(saved, effective)
        : HealthCheckTarget.ofAddress(effective);
    return new GreTunnelHealthCheck()
        .enabled(valueOr(sent.getEnabled(), true))
        .rate(valueOr(sent.getRate(), HealthCheckRate.MID))
        .type(valueOr(sent.getType(), HealthCheckType.REPLY))
        .direction(valueOr(sent.getDirection(), HealthCheckDirection.UNIDIRECTIONAL))
        .target(target);
  }

  /** The address the caller chose, or "" for "use the computed default"; {@code effective} is ignored. */
  private static String savedTarget(HealthCheckTarget target) {
    if (target == null) {
      return "";
    }
    String saved = target.isAddress() ? target.asAddress() : target.saved();
    return saved == null ? "" : saved;
  }

  private static <T> T valueOr(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[32];
    long high = random.nextLong();
    long low = random.nextLong();
    for (int i = 0; i < 16; i++) {
      id[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xF];
      id[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xF];
    }
    return new String(id);
  }
}
