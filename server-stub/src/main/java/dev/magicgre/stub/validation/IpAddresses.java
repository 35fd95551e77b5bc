package dev.magicgre.stub.validation;

import java.util.regex.Pattern;

/**
 * The IP address rules, as the spec's patterns: the stub accepts exactly what the spec calls valid, so these are
 * the spec's regular expressions, built from the same pieces (a test compares each with the spec's text).
 * They never touch DNS. No valid value is longer than {@link #LONGEST}, so longer text is refused before any
 * regular expression runs: a megabyte-long "address" costs nothing.
 */
final class IpAddresses {

  /** 0-255 without leading zeros. */
  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final String IPV4 = OCTET + "(\\." + OCTET + "){3}";
  private static final String H16 = "[0-9A-Fa-f]{1,4}";
  /** The last 32 bits of an IPv6 address: two groups, or an IPv4 address (RFC 4291, 2.2). */
  private static final String LS32 = "(" + H16 + ":" + H16 + "|" + IPV4 + ")";
  /** RFC 3986's IPv6address, alternative by alternative. */
  private static final String IPV6 = "("
      + "(" + H16 + ":){6}" + LS32
      + "|::(" + H16 + ":){5}" + LS32
      + "|(" + H16 + ")?::(" + H16 + ":){4}" + LS32
      + "|((" + H16 + ":){0,1}" + H16 + ")?::(" + H16 + ":){3}" + LS32
      + "|((" + H16 + ":){0,2}" + H16 + ")?::(" + H16 + ":){2}" + LS32
      + "|((" + H16 + ":){0,3}" + H16 + ")?::" + H16 + ":" + LS32
      + "|((" + H16 + ":){0,4}" + H16 + ")?::" + LS32
      + "|((" + H16 + ":){0,5}" + H16 + ")?::" + H16
      + "|((" + H16 + ":){0,6}" + H16 + ")?::"
      + ")";

  /** {@code CloudflareGreEndpoint} and {@code CustomerGreEndpoint} in the spec. */
  static final String ADDRESS = "^(" + IPV4 + "|" + IPV6 + ")$";
  /** {@code HealthCheckTarget}'s string form and {@code saved}: an address, or empty for the computed default. */
  static final String TARGET = "^$|" + ADDRESS;
  /** {@code InterfaceAddress}: a /31 in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. */
  static final String INTERFACE_ADDRESS = "^(10(\\." + OCTET + "){3}"
      + "|172\\.(1[6-9]|2[0-9]|3[01])(\\." + OCTET + "){2}"
      + "|192\\.168(\\." + OCTET + "){2})/31$";
  /** {@code InterfaceAddress6}: an IPv6 address and /127. */
  static final String INTERFACE_ADDRESS6 = "^" + IPV6 + "/127$";
  /** {@code bgp.extra_prefixes} items: a prefix length that fits the family, without leading zeros. */
  static final String CIDR = "^(" + IPV4 + "/(3[0-2]|[12]?[0-9])|" + IPV6 + "/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))$";

  /** The longest valid value: an IPv4-mapped IPv6 address of 45 characters and "/128". */
  private static final int LONGEST = 49;

  private static final Pattern ADDRESS_PATTERN = Pattern.compile(ADDRESS);
  private static final Pattern INTERFACE_ADDRESS_PATTERN = Pattern.compile(INTERFACE_ADDRESS);
  private static final Pattern INTERFACE_ADDRESS6_PATTERN = Pattern.compile(INTERFACE_ADDRESS6);
  private static final Pattern CIDR_PATTERN = Pattern.compile(CIDR);
  private static final Pattern TARGET_PATTERN = Pattern.compile(TARGET);

  private IpAddresses() {
  }

  static boolean isIp(String text) {
    return matches(ADDRESS_PATTERN, text);
  }

  /** A health check target: an address, or {@code ""} for the computed default. */
  static boolean isTarget(String text) {
    return matches(TARGET_PATTERN, text);
  }

  /** {@code address/length} with a valid address of either family and a prefix length that fits it. */
  static boolean isCidr(String text) {
    return matches(CIDR_PATTERN, text);
  }

  /** True for a /31 whose address lies in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. */
  static boolean isPrivateSlash31(String text) {
    return matches(INTERFACE_ADDRESS_PATTERN, text);
  }

  /** True for an IPv6 address followed by /127. */
  static boolean isIpv6Slash127(String text) {
    return matches(INTERFACE_ADDRESS6_PATTERN, text);
  }

  private static boolean matches(Pattern pattern, String text) {
    return text.length() <= LONGEST && pattern.matcher(text).matches();
  }
}
