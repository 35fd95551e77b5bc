package dev.magicgre.stub.validation;

/**
 * The grammar of {@link IpAddresses}' patterns, walked by hand: a create checks five addresses, and Java's
 * regular expressions for IPv6 (nine alternatives, each backtracking over its groups) were a visible share of a
 * create's rules. {@link IpAddresses} asks these first and the spec's own pattern only when they say no, so an
 * answer is the pattern's as long as nothing here accepts what the pattern refuses ({@code AddressGrammarTest}
 * checks that, and that these accept what the pattern accepts, on random and edge inputs).
 */
final class AddressGrammar {

  private AddressGrammar() {
  }

  /** An IPv4 address of four octets 0-255 without leading zeros, from {@code from} to {@code to} (exclusive). */
  static boolean isIpv4(String text, int from, int to) {
    int octets = 0;
    int at = from;
    while (true) {
      int end = octetEnd(text, at, to);
      if (end < 0) {
        return false;
      }
      octets++;
      if (end == to) {
        return octets == 4;
      }
      if (octets == 4 || text.charAt(end) != '.') {
        return false;
      }
      at = end + 1;
    }
  }

  /** Where the octet starting at {@code at} ends, or -1: 1 to 3 digits, no leading zero, at most 255. */
  private static int octetEnd(String text, int at, int to) {
    int value = 0;
    int end = at;
    while (end < to && end - at < 3 && isDigit(text.charAt(end))) {
      value = value * 10 + (text.charAt(end) - '0');
      end++;
    }
    int digits = end - at;
    if (digits == 0 || digits > 1 && text.charAt(at) == '0' || value > 255) {
      return -1;
    }
    return end;
  }

  /** The octet value of an IPv4 address's {@code index}-th octet (0-based); only for a text {@link #isIpv4} accepted. */
  static int octet(String text, int from, int index) {
    int at = from;
    for (int i = 0; i < index; i++) {
      at = text.indexOf('.', at) + 1;
    }
    int value = 0;
    while (at < text.length() && isDigit(text.charAt(at))) {
      value = value * 10 + (text.charAt(at++) - '0');
    }
    return value;
  }

  /**
   * RFC 3986's IPv6address from {@code from} to {@code to}: groups of 1 to 4 hex digits separated by colons, the
   * last 32 bits optionally an IPv4 address, at most one {@code ::}; 8 groups without it, at most 7 with it.
   */
  static boolean isIpv6(String text, int from, int to) {
    int units = 0; // 16-bit groups seen, an IPv4 address counting two
    boolean elided = false;
    int at = from;
    if (startsWithDoubleColon(text, at, to)) {
      elided = true;
      at += 2;
      if (at == to) {
        return true; // "::"
      }
    }
    while (true) {
      int end = at;
      while (end < to && end - at < 5 && isHex(text.charAt(end))) {
        end++;
      }
      if (end < to && text.charAt(end) == '.') {
        // the last 32 bits as an IPv4 address: only at the end
        if (!isIpv4(text, at, to)) {
          return false;
        }
        units += 2;
        break;
      }
      int digits = end - at;
      if (digits == 0 || digits > 4) {
        return false;
      }
      units++;
      if (end == to) {
        break;
      }
      if (text.charAt(end) != ':') {
        return false;
      }
      if (startsWithDoubleColon(text, end, to)) {
        if (elided) {
          return false;
        }
        elided = true;
        at = end + 2;
        if (at == to) {
          break;
        }
      } else {
        at = end + 1;
        if (at == to) {
          return false; // a trailing single colon
        }
      }
      if (units > 8) {
        return false;
      }
    }
    return elided ? units <= 7 : units == 8;
  }

  /** A prefix length of 0 to {@code max} without leading zeros, from {@code from} to the end. */
  static boolean isPrefixLength(String text, int from, int max) {
    int digits = text.length() - from;
    if (digits < 1 || digits > 3 || digits > 1 && text.charAt(from) == '0') {
      return false;
    }
    int value = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    return value <= max;
  }

  private static boolean startsWithDoubleColon(String text, int at, int to) {
    return at + 1 < to && text.charAt(at) == ':' && text.charAt(at + 1) == ':';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
