package dev.magicgre.stub.validation;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Strict IP literal checks that never touch DNS: IPv4 is parsed by hand (InetAddress would accept "1.2" and
 * look up host names); IPv6 goes to InetAddress only once the text is made of hex digits, colons and dots,
 * which the JDK then parses as a literal without any lookup.
 */
final class IpAddresses {

  private IpAddresses() {
  }

  /** The IPv4 address as an unsigned 32-bit value, or -1 when the text is not a dotted quad of 0-255. */
  static long parseIpv4(String text) {
    long value = 0;
    int octets = 0;
    int index = 0;
    int length = text.length();
    while (index < length) {
      int start = index;
      int octet = 0;
      while (index < length && text.charAt(index) >= '0' && text.charAt(index) <= '9') {
        octet = octet * 10 + (text.charAt(index) - '0');
        index++;
        if (index - start > 3) {
          return -1;
        }
      }
      boolean leadingZero = index - start > 1 && text.charAt(start) == '0';
      if (index == start || octet > 255 || leadingZero) {
        return -1;
      }
      value = (value << 8) | octet;
      octets++;
      if (index == length) {
        break;
      }
      if (text.charAt(index) != '.' || octets == 4) {
        return -1;
      }
      index++;
      if (index == length) {
        return -1;
      }
    }
    return octets == 4 ? value : -1;
  }

  static boolean isIpv4(String text) {
    return parseIpv4(text) >= 0;
  }

  static boolean isIpv6(String text) {
    if (text.isEmpty() || text.length() > 45 || text.indexOf(':') < 0) {
      return false;
    }
    // InetAddress parses a literal only when the text starts with a hex digit or ':'; anything else (".:1")
    // would be looked up in DNS
    if (Character.digit(text.charAt(0), 16) < 0 && text.charAt(0) != ':') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
      if (!allowed) {
        return false;
      }
    }
    try {
      // an IPv4-mapped literal (::ffff:192.0.2.1) comes back as an Inet4Address: still an IPv6 literal
      return InetAddress.getByName(text) != null;
    } catch (UnknownHostException notALiteral) {
      return false;
    }
  }

  static boolean isIp(String text) {
    return isIpv4(text) || isIpv6(text);
  }

  /** {@code address/length} with a valid address of either family and a prefix length that fits it. */
  static boolean isCidr(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      return false;
    }
    String address = text.substring(0, slash);
    int prefix = prefixLength(text.substring(slash + 1));
    if (isIpv4(address)) {
      return prefix >= 0 && prefix <= 32;
    }
    return isIpv6(address) && prefix >= 0 && prefix <= 128;
  }

  /** True for a /31 whose address lies in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. */
  static boolean isPrivateSlash31(String text) {
    if (!text.endsWith("/31")) {
      return false;
    }
    long address = parseIpv4(text.substring(0, text.length() - 3));
    if (address < 0) {
      return false;
    }
    return (address >>> 24) == 10
        || (address >>> 20) == ((172L << 4) | 1)
        || (address >>> 16) == ((192L << 8) | 168);
  }

  /** True for an IPv6 address followed by /127. */
  static boolean isIpv6Slash127(String text) {
    return text.endsWith("/127") && isIpv6(text.substring(0, text.length() - 4));
  }

  private static int prefixLength(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
