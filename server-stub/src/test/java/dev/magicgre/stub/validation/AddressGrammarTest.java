package dev.magicgre.stub.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link IpAddresses} answers exactly as the spec's patterns did before the hand-written walk was put in front of
 * them: every check is compared with its pattern (behind the same length limit) on edge cases and on random
 * text, both near-valid (valid addresses of every form, then mutated) and arbitrary. The walk alone is also
 * compared with the pattern, so that the fast path is not only harmless but taken.
 */
class AddressGrammarTest {

  private static final int LONGEST = 49;
  private static final String ALPHABET = "0123456789abcdefABCDEFgxG:./ %[]-\n";
  private static final long SEED = 23L;
  private static final int RANDOM_INPUTS = 300_000;

  private record Check(String name, Predicate<String> stub, Predicate<String> walk, Pattern pattern) {
  }

  private static final List<Check> CHECKS = List.of(
      new Check("address", IpAddresses::isIp,
          t -> AddressGrammar.isIpv4(t, 0, t.length()) || AddressGrammar.isIpv6(t, 0, t.length()),
          Pattern.compile(IpAddresses.ADDRESS)),
      new Check("target", IpAddresses::isTarget,
          t -> t.isEmpty() || AddressGrammar.isIpv4(t, 0, t.length()) || AddressGrammar.isIpv6(t, 0, t.length()),
          Pattern.compile(IpAddresses.TARGET)),
      new Check("cidr", IpAddresses::isCidr, null, Pattern.compile(IpAddresses.CIDR)),
      new Check("interface address", IpAddresses::isPrivateSlash31, null, Pattern.compile(IpAddresses.INTERFACE_ADDRESS)),
      new Check("interface address6", IpAddresses::isIpv6Slash127, null, Pattern.compile(IpAddresses.INTERFACE_ADDRESS6)));

  @Test
  void edgeCasesAreAnsweredAsThePatternsAnswer() {
    List<String> edges = List.of("", "0.0.0.0", "255.255.255.255", "256.0.0.0", "1.2.3", "1.2.3.4.5", "01.2.3.4",
        "1.2.3.04", "1..2.3", "1.2.3.4.", ".1.2.3.4", "::", ":::", "::1", "1::", ":1", "1:", "1::2::3", "::ffff:1.2.3.4",
        "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5::1.2.3.4", "1:2:3:4:5:6::1.2.3.4", "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:8::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:7::8",
        "12345::1", "abcd::EF", "g::1", "1.2.3.4:1", "::1.2.3", "::1.2.3.4.5", "1::1.2.3.4:5", "1.2.3.4::",
        "2606:54c1:7:0:a9fe:12d2:1:200", "10.0.0.0/31", "10.0.0.0/031", "10.0.0.0/33", "10.0.0.0/", "/24", "::/0",
        "::/128", "::/129", "::/0128", "1.2.3.4/0", "1.2.3.4/32", "1.2.3.4/00", "172.16.0.0/31", "172.15.0.0/31",
        "172.31.255.255/31", "172.32.0.0/31", "192.168.0.1/31", "192.169.0.1/31", "10.0.0.00/31", "11.0.0.0/31",
        "2606:54c1:7:0:a9fe:12d2:1:200/127", "::/127", "::/126", "1.2.3.4/127", "::1%eth0", "[::1]", " 1.2.3.4",
        "1.2.3.4\n", "1.2.3.4/31\n", "0000:0000:0000:0000:0000:ffff:255.255.255.255/128");
    edges.forEach(AddressGrammarTest::answeredAsThePattern);
  }

  @Test
  void randomTextIsAnsweredAsThePatternsAnswer() {
    Random random = new Random(SEED);
    int accepted = 0;
    for (int i = 0; i < RANDOM_INPUTS; i++) {
      String text = switch (i % 3) {
        case 0 -> mutate(random, address(random), 1 + random.nextInt(3));
        case 1 -> address(random);
        default -> arbitrary(random);
      };
      accepted += answeredAsThePattern(text);
    }
    // the random inputs must reach both answers, or the comparison proves little
    assertThat(accepted).isBetween(RANDOM_INPUTS / 10, RANDOM_INPUTS - RANDOM_INPUTS / 10);
  }

  /** Compares every check with its pattern on {@code text}; the number of checks that accepted it. */
  private static int answeredAsThePattern(String text) {
    int accepted = 0;
    for (Check check : CHECKS) {
      boolean pattern = text.length() <= LONGEST && check.pattern().matcher(text).matches();
      assertThat(check.stub().test(text)).as("%s of \"%s\"", check.name(), text).isEqualTo(pattern);
      if (check.walk() != null) {
        assertThat(check.walk().test(text)).as("the walk's %s of \"%s\"", check.name(), text).isEqualTo(pattern);
      }
      accepted += pattern ? 1 : 0;
    }
    return Math.min(accepted, 1);
  }

  /** An address of a random form: IPv4, IPv6 with or without {@code ::} and an IPv4 tail, maybe with a prefix. */
  private static String address(Random random) {
    String address = random.nextInt(3) == 0 ? ipv4(random) : ipv6(random);
    return switch (random.nextInt(4)) {
      case 0 -> address + "/" + random.nextInt(140);
      case 1 -> address + (random.nextBoolean() ? "/31" : "/127");
      default -> address;
    };
  }

  private static String ipv4(Random random) {
    List<String> octets = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int pick = random.nextInt(10);
      octets.add(pick == 0 ? "10" : pick == 1 ? "172" : pick == 2 ? "192" : pick == 3 ? "168"
          : Integer.toString(random.nextInt(pick == 4 ? 300 : 256)));
    }
    return String.join(".", octets);
  }

  private static String ipv6(Random random) {
    boolean ipv4Tail = random.nextInt(4) == 0;
    int groups = random.nextInt(10) - (ipv4Tail ? 2 : 0);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.max(groups, 0); i++) {
      String group = Integer.toHexString(random.nextInt(1 << (4 * (1 + random.nextInt(4)))));
      parts.add(random.nextBoolean() ? group.toUpperCase() : group);
    }
    if (ipv4Tail) {
      parts.add(ipv4(random));
    }
    if (random.nextInt(3) > 0) {
      int at = random.nextInt(parts.size() + 1);
      String before = String.join(":", parts.subList(0, at));
      String after = String.join(":", parts.subList(at, parts.size()));
      return before + "::" + after;
    }
    return String.join(":", parts);
  }

  private static String mutate(Random random, String text, int times) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < times; i++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, c);
        case 1 -> {
          if (out.length() > 0) {
            out.deleteCharAt(at);
          }
        }
        default -> {
          if (out.length() > 0) {
            out.setCharAt(at, c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String arbitrary(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(52);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
