package dev.magicgre.stub.store;

import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelBgp;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.stub.validation.Hex32;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How the in-memory store keeps a tunnel: 96 bytes beside its name instead of the ~850 of a
 * {@link GreTunnel} graph (eight strings, four {@code java.time} objects per timestamp, boxed numbers). The id
 * is two longs, timestamps are epoch milliseconds, and the values tunnels repeat (endpoints, prefixes,
 * descriptions, health check targets) are shared through the store's {@link Interner}. That keeps a store of
 * a million tunnels well inside a 512 MiB heap, so the stub's cost does not grow as it fills.
 * {@link #toTunnel()} gives back an equal {@link GreTunnel}.
 */
final class CompactTunnel {

  private static final int NO_NUMBER = Integer.MIN_VALUE;
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

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
  private final int mtu;
  private final int ttl;
  private final GreTunnelBgp bgp;
  private final BgpStatus bgpStatus;
  private final HealthCheckTarget healthCheckTarget;
  private final long createdOnMillis;
  private final long modifiedOnMillis;
  /** The two Booleans, the three enums and which optional parts are present, in one int ({@link Flags}). */
  private final int flags;

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
    mtu = tunnel.getMtu() == null ? NO_NUMBER : tunnel.getMtu();
    ttl = tunnel.getTtl() == null ? NO_NUMBER : tunnel.getTtl();
    bgp = MutableParts.copy(tunnel.getBgp());
    bgpStatus = MutableParts.copy(tunnel.getBgpStatus());
    GreTunnelHealthCheck healthCheck = tunnel.getHealthCheck();
    healthCheckTarget = healthCheck != null ? interner.intern(healthCheck.getTarget()) : null;
    createdOnMillis = tunnel.getCreatedOn() != null ? tunnel.getCreatedOn().toInstant().toEpochMilli() : 0;
    modifiedOnMillis = tunnel.getModifiedOn() != null ? tunnel.getModifiedOn().toInstant().toEpochMilli() : 0;
    flags = Flags.of(tunnel);
  }

  String id() {
    if (idText != null) {
      return idText;
    }
    byte[] digits = new byte[32];
    hex(idHigh, digits, 0);
    hex(idLow, digits, 16);
    return new String(digits, StandardCharsets.ISO_8859_1);
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

  private static void hex(long value, byte[] digits, int at) {
    for (int i = 15; i >= 0; i--) {
      digits[at + i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
  }

  String name() {
    return name;
  }

  GreTunnel toTunnel() {
    GreTunnel tunnel = new GreTunnel(id(), name, cloudflareGreEndpoint,
        customerGreEndpoint, interfaceAddress)
        .interfaceAddress6(interfaceAddress6)
        .description(description)
        .automaticReturnRouting(Flags.automaticReturnRouting(flags))
        .mtu(mtu == NO_NUMBER ? null : mtu)
        .ttl(ttl == NO_NUMBER ? null : ttl)
        .bgp(MutableParts.copy(bgp))
        .bgpStatus(MutableParts.copy(bgpStatus))
        .createdOn(Flags.has(flags, Flags.CREATED_ON) ? utc(createdOnMillis) : null)
        .modifiedOn(Flags.has(flags, Flags.MODIFIED_ON) ? utc(modifiedOnMillis) : null);
    if (Flags.has(flags, Flags.HEALTH_CHECK)) {
      tunnel.healthCheck(new GreTunnelHealthCheck().enabled(Flags.healthCheckEnabled(flags))
          .rate(Flags.rate(flags)).type(Flags.type(flags)).direction(Flags.direction(flags)).target(healthCheckTarget));
    } else {
      tunnel.healthCheck(null);
    }
    return tunnel;
  }

  /**
   * The same value as {@code OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC)}, without
   * the {@code ZoneRules} (and its map) that {@code ofInstant} makes for a fixed offset on every call: a fifth of
   * what a list allocated.
   */
  private static OffsetDateTime utc(long millis) {
    LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L),
        (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.UTC);
    return OffsetDateTime.of(local, ZoneOffset.UTC);
  }
}
