package dev.magicgre.stub.validation;

/**
 * The doc page's character rule for {@code bgp.md5_key}: printable ASCII (0x20-0x7E) except the quotation mark
 * and the question mark; newline, tab, vertical tab, form feed and carriage return are outside that range.
 */
final class Md5Keys {

  private Md5Keys() {
  }

  static boolean isAllowed(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '"' || c == '?') {
        return false;
      }
    }
    return true;
  }
}
