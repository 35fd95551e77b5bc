package dev.magicgre.stub.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stub accepts exactly the addresses the spec's patterns accept: its regular expressions are the spec's, to
 * the letter. Each pattern is found in spec/openapi.yaml as the first {@code pattern:} after the line that
 * names it.
 */
class SpecPatternsTest {

  private static final Pattern PATTERN_LINE = Pattern.compile("^\\s*pattern: '(.*)'\\s*$");

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("    CloudflareGreEndpoint:", IpAddresses.ADDRESS),
        Arguments.of("    CustomerGreEndpoint:", IpAddresses.ADDRESS),
        Arguments.of("    InterfaceAddress:", IpAddresses.INTERFACE_ADDRESS),
        Arguments.of("    InterfaceAddress6:", IpAddresses.INTERFACE_ADDRESS6),
        Arguments.of("        extra_prefixes:", IpAddresses.CIDR),
        Arguments.of("    HealthCheckTargetRequest:", IpAddresses.TARGET),
        Arguments.of("    MagicHealthCheckTargetRequest:", IpAddresses.TARGET),
        Arguments.of("    HealthCheckTarget:", IpAddresses.TARGET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void theStubsPatternIsTheSpecs(String namedBy, String stubPattern) throws IOException {
    assertThat(stubPattern).isEqualTo(specPattern(namedBy));
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"203.0.113.01", "010.1.1.1", "1.2.3", "1.2.3.4.5", "256.1.1.1", "::1%eth0", "[::1]", "1::2::3",
      "12345::1", "::ffff:1.2.3.04", " 1.2.3.4", "1.2.3.4\n"})
  void addressesTheSpecRefusesAreRefused(String address) {
    assertThat(IpAddresses.isIp(address)).isFalse();
  }

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {"0.0.0.0", "255.255.255.255", "::", "::1", "2606:54c1:7:0:a9fe:12d2:1:200", "::ffff:192.0.2.1",
      "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4", "ABCD::ef"})
  void addressesTheSpecAcceptsAreAccepted(String address) {
    assertThat(IpAddresses.isIp(address)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"10.0.0.0/031", "::/0128", "10.0.0.0/33", "::/129", "10.0.0.0/", "/24"})
  void prefixLengthsWithLeadingZerosOrOutOfRangeAreRefused(String prefix) {
    assertThat(IpAddresses.isCidr(prefix)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"10.0.0.0/31", "172.31.255.255/31", "192.168.0.1/31"})
  void privateSlash31sAreInterfaceAddresses(String address) {
    assertThat(IpAddresses.isPrivateSlash31(address)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"172.32.0.0/31", "11.0.0.0/31", "10.0.0.0/30", "10.0.0.00/31", "192.169.0.0/31"})
  void otherPrefixesAreNot(String address) {
    assertThat(IpAddresses.isPrivateSlash31(address)).isFalse();
  }

  private static String specPattern(String namedBy) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../spec/openapi.yaml"));
    int start = lines.indexOf(namedBy);
    assertThat(start).as("%s in the spec", namedBy.trim()).isNotNegative();
    for (String line : lines.subList(start + 1, lines.size())) {
      Matcher pattern = PATTERN_LINE.matcher(line);
      if (pattern.matches()) {
        // a single-quoted YAML scalar writes a quote as two
        return pattern.group(1).replace("''", "'");
      }
    }
    throw new AssertionError("no pattern after " + namedBy);
  }
}
