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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns a valid create or update request into the tunnel Cloudflare would answer: on create a new id and
 * timestamps, on update the stored tunnel's id, {@code created_on}, {@code bgp} and {@code bgp_status} with a new
 * {@code modified_on}; the defaults filled in either way. The health check target is always made in object form
 * ({@code saved} and {@code effective}, the effective one defaulting to the customer endpoint), the form the
 * store keeps; {@link TargetForms} renders the form a request's header asks for.
 */
public final class TunnelFactory {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Clock clock;

  public TunnelFactory(Clock clock) {
    this.clock = clock;
  }

  /** A new tunnel: a fresh id, {@code created_on} = {@code modified_on} = now, {@code bgp_status} with {@code bgp}. */
  public GreTunnel create(GreTunnelCreateRequest request) {
    OffsetDateTime now = now();
    GreTunnel tunnel = fields(newId(), request).bgp(request.getBgp()).createdOn(now).modifiedOn(now);
    if (request.getBgp() != null) {
      tunnel.bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(false).updatedAt(now));
    }
    return tunnel;
  }

  /**
   * The stored tunnel after an update: every updatable field from the request (an optional field left out takes
   * its default again, as on create); the id, {@code created_on}, {@code bgp} and {@code bgp_status} stay, and
   * {@code modified_on} is now, and always later than before: two updates within one millisecond still show
   * that the tunnel changed. {@code request} carries no {@code bgp} (the update rules refuse it).
   */
  public GreTunnel replace(GreTunnel stored, GreTunnelCreateRequest request) {
    OffsetDateTime now = now();
    OffsetDateTime before = stored.getModifiedOn();
    return fields(stored.getId(), request)
        .bgp(stored.getBgp())
        .bgpStatus(stored.getBgpStatus())
        .createdOn(stored.getCreatedOn())
        .modifiedOn(before != null && !now.isAfter(before) ? before.plus(1, ChronoUnit.MILLIS) : now);
  }

  private static GreTunnel fields(String id, GreTunnelCreateRequest request) {
    return new GreTunnel(id, request.getName(), request.getCloudflareGreEndpoint(),
        request.getCustomerGreEndpoint(), request.getInterfaceAddress())
        .interfaceAddress6(request.getInterfaceAddress6())
        .description(request.getDescription())
        .automaticReturnRouting(valueOr(request.getAutomaticReturnRouting(), false))
        .mtu(valueOr(request.getMtu(), 1476))
        .ttl(valueOr(request.getTtl(), 64))
        .healthCheck(healthCheck(request));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  private static GreTunnelHealthCheck healthCheck(GreTunnelCreateRequest request) {
    GreTunnelHealthCheckRequest sent = request.getHealthCheck() == null ? new GreTunnelHealthCheckRequest() : request.getHealthCheck();
    String saved = savedTarget(sent.getTarget());
    String effective = saved.isEmpty() ? request.getCustomerGreEndpoint() : saved;
    HealthCheckTarget target = HealthCheckTarget.ofSavedAndEffective(saved, effective);
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
