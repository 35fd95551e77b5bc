package dev.magicgre.stub.validation;

import java.util.regex.Pattern;

/**
 * The IP address rules, as the spec's patterns: the stub accepts exactly what the spec calls valid, so these are
 * the spec's regular expressions, built from the same pieces (a test compares each with the spec's text).
 * They never touch DNS. The common case, a valid address, is recognised by {@link AddressGrammar} without them. No valid value is longer than {@link #LONGEST}, so longer text is refused before any
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

  private IpAddresses() {
  }

  static boolean isIp(String text) {
    return text.length() <= LONGEST && (isAddress(text, text.length()) || matches(ADDRESS_PATTERN, text));
  }

  /** A health check target: an address, or {@code ""} for the computed default. */
  static boolean isTarget(String text) {
    return text.isEmpty() || isIp(text); // TARGET is "^$|" + ADDRESS
  }

  /** {@code address/length} with a valid address of either family and a prefix length that fits it. */
  static boolean isCidr(String text) {
    int slash = text.lastIndexOf('/');
    boolean written = text.length() <= LONGEST && slash > 0
        && (AddressGrammar.isIpv4(text, 0, slash) && AddressGrammar.isPrefixLength(text, slash + 1, 32)
            || AddressGrammar.isIpv6(text, 0, slash) && AddressGrammar.isPrefixLength(text, slash + 1, 128));
    return written || matches(CIDR_PATTERN, text);
  }

  /** True for a /31 whose address lies in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. */
  static boolean isPrivateSlash31(String text) {
    int end = text.length() - "/31".length();
    boolean written = text.length() <= LONGEST && text.endsWith("/31") && AddressGrammar.isIpv4(text, 0, end)
        && isPrivate(AddressGrammar.octet(text, 0, 0), AddressGrammar.octet(text, 0, 1));
    return written || matches(INTERFACE_ADDRESS_PATTERN, text);
  }

  /** True for an IPv6 address followed by /127. */
  static boolean isIpv6Slash127(String text) {
    boolean written = text.length() <= LONGEST && text.endsWith("/127")
        && AddressGrammar.isIpv6(text, 0, text.length() - "/127".length());
    return written || matches(INTERFACE_ADDRESS6_PATTERN, text);
  }

  private static boolean isAddress(String text, int end) {
    return AddressGrammar.isIpv4(text, 0, end) || AddressGrammar.isIpv6(text, 0, end);
  }

  private static boolean isPrivate(int first, int second) {
    return first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168;
  }

  /**
   * The spec's pattern itself: asked only when {@link AddressGrammar} said no, so its answer stands whenever the
   * hand-written walk is wrong to refuse (the walk never accepts what the pattern refuses).
   */
  private static boolean matches(Pattern pattern, String text) {
    return text.length() <= LONGEST && pattern.matcher(text).matches();
  }
}
