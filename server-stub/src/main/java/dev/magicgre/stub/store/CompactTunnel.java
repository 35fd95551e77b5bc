package dev.magicgre.stub.store;

import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelBgp;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.HealthCheckDirection;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.model.HealthCheckType;
import dev.magicgre.stub.validation.Hex32;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How the in-memory store keeps a tunnel: about 120 bytes beside its name instead of the ~850 of a
 * {@link GreTunnel} graph (eight strings, four {@code java.time} objects per timestamp, boxed numbers). The id
 * is two longs, timestamps are epoch milliseconds, and the values tunnels repeat (endpoints, prefixes,
 * descriptions, health check targets) are shared through the store's {@link Interner}. That keeps a store of
 * a million tunnels well inside a 512 MiB heap, so the stub's cost does not grow as it fills.
 * {@link #toTunnel()} gives back an equal {@link GreTunnel}.
 */
final class CompactTunnel {

  private static final int NO_NUMBER = Integer.MIN_VALUE;

  /** The 32 lowercase hex digits the stub makes, as two longs; {@code idText} for any other id (seeded). */
  private final long idHigh;
  private final long idLow;
  private final String idText;
  private final String name;
  private final String cloudflareGreEndpoint;
  private final String customerGreEndpoint;
  private final String interfaceAddress;
  private final String interfaceAddress6;
  private final String description;
  private final Boolean automaticReturnRouting;
  private final int mtu;
  private final int ttl;
  private final GreTunnelBgp bgp;
  private final BgpStatus bgpStatus;
  private final boolean hasHealthCheck;
  private final Boolean healthCheckEnabled;
  private final HealthCheckRate healthCheckRate;
  private final HealthCheckType healthCheckType;
  private final HealthCheckDirection healthCheckDirection;
  private final HealthCheckTarget healthCheckTarget;
  private final long createdOnMillis;
  private final long modifiedOnMillis;
  private final boolean hasCreatedOn;
  private final boolean hasModifiedOn;

  CompactTunnel(GreTunnel tunnel, Interner interner) {
    String id = tunnel.getId();
    boolean hex = Hex32.isHex32(id);
    idHigh = hex ? Long.parseUnsignedLong(id, 0, 16, 16) : 0;
    idLow = hex ? Long.parseUnsignedLong(id, 16, 32, 16) : 0;
    idText = hex ? null : id;
    name = tunnel.getName();
    cloudflareGreEndpoint = interner.intern(tunnel.getCloudflareGreEndpoint());
    customerGreEndpoint = interner.intern(tunnel.getCustomerGreEndpoint());
    interfaceAddress = interner.intern(tunnel.getInterfaceAddress());
    interfaceAddress6 = interner.intern(tunnel.getInterfaceAddress6());
    description = interner.intern(tunnel.getDescription());
    automaticReturnRouting = tunnel.getAutomaticReturnRouting();
    mtu = tunnel.getMtu() == null ? NO_NUMBER : tunnel.getMtu();
    ttl = tunnel.getTtl() == null ? NO_NUMBER : tunnel.getTtl();
    bgp = MutableParts.copy(tunnel.getBgp());
    bgpStatus = MutableParts.copy(tunnel.getBgpStatus());
    GreTunnelHealthCheck healthCheck = tunnel.getHealthCheck();
    hasHealthCheck = healthCheck != null;
    healthCheckEnabled = hasHealthCheck ? healthCheck.getEnabled() : null;
    healthCheckRate = hasHealthCheck ? healthCheck.getRate() : null;
    healthCheckType = hasHealthCheck ? healthCheck.getType() : null;
    healthCheckDirection = hasHealthCheck ? healthCheck.getDirection() : null;
    healthCheckTarget = hasHealthCheck ? interner.intern(healthCheck.getTarget()) : null;
    hasCreatedOn = tunnel.getCreatedOn() != null;
    createdOnMillis = hasCreatedOn ? tunnel.getCreatedOn().toInstant().toEpochMilli() : 0;
    hasModifiedOn = tunnel.getModifiedOn() != null;
    modifiedOnMillis = hasModifiedOn ? tunnel.getModifiedOn().toInstant().toEpochMilli() : 0;
  }

  String id() {
    return idText != null ? idText : hex(idHigh) + hex(idLow);
  }

  boolean hasId(long high, long low, String text) {
    return text == null ? idText == null && idHigh == high && idLow == low : text.equals(idText);
  }

  int idHash() {
    return idHash(idHigh, idLow, idText);
  }

  static int idHash(long high, long low, String text) {
    return AccountTunnels.spread(text != null ? text.hashCode() : Long.hashCode(high ^ low));
  }

  private static String hex(long value) {
    String digits = Long.toHexString(value);
    return digits.length() == 16 ? digits : "0".repeat(16 - digits.length()) + digits;
  }

  String name() {
    return name;
  }

  GreTunnel toTunnel() {
    GreTunnel tunnel = new GreTunnel(id(), name, cloudflareGreEndpoint,
        customerGreEndpoint, interfaceAddress)
        .interfaceAddress6(interfaceAddress6)
        .description(description)
        .automaticReturnRouting(automaticReturnRouting)
        .mtu(mtu == NO_NUMBER ? null : mtu)
        .ttl(ttl == NO_NUMBER ? null : ttl)
        .bgp(MutableParts.copy(bgp))
        .bgpStatus(MutableParts.copy(bgpStatus))
        .createdOn(hasCreatedOn ? utc(createdOnMillis) : null)
        .modifiedOn(hasModifiedOn ? utc(modifiedOnMillis) : null);
    if (hasHealthCheck) {
      tunnel.healthCheck(new GreTunnelHealthCheck().enabled(healthCheckEnabled).rate(healthCheckRate)
          .type(healthCheckType).direction(healthCheckDirection).target(healthCheckTarget));
    } else {
      tunnel.healthCheck(null);
    }
    return tunnel;
  }

  private static OffsetDateTime utc(long millis) {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }
}
