package dev.magicgre.stub.validation;

/**
 * The identifier format of the API's tunnel and filter ids: exactly 32 lowercase hexadecimal characters (the
 * spec's {@code ^[0-9a-f]{32}$}). A loop rather than a regular expression: it runs on every request of the
 * routes of one tunnel.
 */
public final class Hex32 {

  private static final int LENGTH = 32;

  private Hex32() {
  }

  public static boolean isHex32(String text) {
    if (text == null || text.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
