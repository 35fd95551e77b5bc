package dev.magicgre.stub.store;

import dev.magicgre.stub.validation.Hex32;

/**
 * A tunnel id as a map key: two longs for the 32 lowercase hex digits the stub makes, the text otherwise
 * (ids seeded from outside may be anything the spec allows).
 */
record TunnelId(long high, long low, String text) {

  static TunnelId of(String id) {
    if (Hex32.isHex32(id)) {
      return new TunnelId(Long.parseUnsignedLong(id, 0, 16, 16), Long.parseUnsignedLong(id, 16, 32, 16), null);
    }
    return new TunnelId(0, 0, id);
  }

  @Override
  public String toString() {
    return text != null ? text : hex(high) + hex(low);
  }

  private static String hex(long value) {
    String digits = Long.toHexString(value);
    return digits.length() == 16 ? digits : "0".repeat(16 - digits.length()) + digits;
  }
}
