package dev.magicgre.stub.auth;

/**
 * What well-formed {@code X-Auth-Email} and {@code X-Auth-Key} headers look like. Cloudflare answers a malformed
 * one with 6003 and 6102 / 6103 (captured), a token sent as the key included, but does not publish the rules:
 * these are ours (CHOSEN in the fidelity ledger). The key: 32 to 64 lowercase hexadecimal characters (Global
 * API keys are lowercase hex; an API token has upper-case letters, so it is refused as Cloudflare refuses it).
 * The e-mail: 3 to 254 characters, one {@code @} with text on both sides, no white space or control character.
 */
final class GlobalKeyHeaders {

  private static final int MIN_KEY_LENGTH = 32;
  private static final int MAX_KEY_LENGTH = 64;
  private static final int MAX_EMAIL_LENGTH = 254;

  private GlobalKeyHeaders() {
  }

  static boolean isWellFormedKey(String key) {
    if (key.length() < MIN_KEY_LENGTH || key.length() > MAX_KEY_LENGTH) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  static boolean isWellFormedEmail(String email) {
    int at = email.indexOf('@');
    if (email.length() < 3 || email.length() > MAX_EMAIL_LENGTH || at < 1 || at == email.length() - 1
        || email.indexOf('@', at + 1) >= 0) {
      return false;
    }
    for (int i = 0; i < email.length(); i++) {
      char c = email.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }
}
