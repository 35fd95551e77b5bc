package dev.magicgre.stub.store;

/**
 * A tunnel id as a map key: two longs for the 32 lowercase hex digits the stub makes, the text otherwise
 * (ids seeded from outside may be anything the spec allows).
 */
record TunnelId(long high, long low, String text) {

  static TunnelId of(String id) {
    if (isHex32(id)) {
      return new TunnelId(Long.parseUnsignedLong(id, 0, 16, 16), Long.parseUnsignedLong(id, 16, 32, 16), null);
    }
    return new TunnelId(0, 0, id);
  }

  @Override
  public String toString() {
    return text != null ? text : hex(high) + hex(low);
  }

  static boolean isHex32(String id) {
    if (id == null || id.length() != 32) {
      return false;
    }
    for (int i = 0; i < 32; i++) {
      char c = id.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static String hex(long value) {
    String digits = Long.toHexString(value);
    return digits.length() == 16 ? digits : "0".repeat(16 - digits.length()) + digits;
  }
}
