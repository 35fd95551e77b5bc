package dev.magicgre.stub.store;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.HealthCheckDirection;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckType;

/**
 * The small parts of a {@link CompactTunnel} in one int instead of six references and three booleans (24 bytes a
 * stored tunnel): which optional parts are present, the two Booleans as null/false/true in two bits each, the
 * health check's three enums as their ordinal + 1 (0 for absent) in four bits each.
 */
final class Flags {

  static final int HEALTH_CHECK = 1;
  static final int CREATED_ON = 1 << 1;
  static final int MODIFIED_ON = 1 << 2;
  private static final int AUTOMATIC_RETURN_ROUTING_SHIFT = 3;
  private static final int ENABLED_SHIFT = 5;
  private static final int RATE_SHIFT = 8;
  private static final int TYPE_SHIFT = 12;
  private static final int DIRECTION_SHIFT = 16;
  private static final int ENUM_MASK = 0xF;

  private static final HealthCheckRate[] RATES = HealthCheckRate.values();
  private static final HealthCheckType[] TYPES = HealthCheckType.values();
  private static final HealthCheckDirection[] DIRECTIONS = HealthCheckDirection.values();

  static {
    // four bits hold ordinal + 1 up to 15: a spec with more values needs wider fields here
    if (RATES.length >= ENUM_MASK || TYPES.length >= ENUM_MASK || DIRECTIONS.length >= ENUM_MASK) {
      throw new IllegalStateException("a health check enum has more values than Flags holds");
    }
  }

  private Flags() {
  }

  static int of(GreTunnel tunnel) {
    int flags = bool(tunnel.getAutomaticReturnRouting()) << AUTOMATIC_RETURN_ROUTING_SHIFT;
    if (tunnel.getCreatedOn() != null) {
      flags |= CREATED_ON;
    }
    if (tunnel.getModifiedOn() != null) {
      flags |= MODIFIED_ON;
    }
    GreTunnelHealthCheck check = tunnel.getHealthCheck();
    if (check != null) {
      flags |= HEALTH_CHECK | bool(check.getEnabled()) << ENABLED_SHIFT
          | ordinal(check.getRate()) << RATE_SHIFT
          | ordinal(check.getType()) << TYPE_SHIFT
          | ordinal(check.getDirection()) << DIRECTION_SHIFT;
    }
    return flags;
  }

  static boolean has(int flags, int part) {
    return (flags & part) != 0;
  }

  static Boolean automaticReturnRouting(int flags) {
    return bool(flags >>> AUTOMATIC_RETURN_ROUTING_SHIFT);
  }

  static Boolean healthCheckEnabled(int flags) {
    return bool(flags >>> ENABLED_SHIFT);
  }

  static HealthCheckRate rate(int flags) {
    return value(RATES, flags >>> RATE_SHIFT);
  }

  static HealthCheckType type(int flags) {
    return value(TYPES, flags >>> TYPE_SHIFT);
  }

  static HealthCheckDirection direction(int flags) {
    return value(DIRECTIONS, flags >>> DIRECTION_SHIFT);
  }

  private static int bool(Boolean value) {
    return value == null ? 0 : value ? 2 : 1;
  }

  private static Boolean bool(int bits) {
    return switch (bits & 3) {
      case 1 -> Boolean.FALSE;
      case 2 -> Boolean.TRUE;
      default -> null;
    };
  }

  private static int ordinal(Enum<?> value) {
    return value == null ? 0 : value.ordinal() + 1;
  }

  private static <E> E value(E[] values, int bits) {
    int ordinal = bits & ENUM_MASK;
    return ordinal == 0 ? null : values[ordinal - 1];
  }
}
