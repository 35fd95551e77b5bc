package dev.magicgre.stub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.validation.Hex32;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The loops that replaced two per-request regular expressions accept exactly what those expressions accepted:
 * the bearer header {@code (?i:Bearer) [A-Za-z0-9._~+/=-]{1,512}} and the ids {@code [0-9a-f]{32}}. Inputs are
 * drawn near the edges: the scheme's case and spacing, token lengths 0 to 20 and 511 to 513, ids with one
 * character just outside the set or a length of 30 to 34. A loop that allows a 'g' or stops at 511 fails here.
 */
class HandWrittenChecksTest {

  private static final Pattern BEARER = Pattern.compile("(?i:Bearer) [A-Za-z0-9._~+/=-]{1,512}");
  private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
  private static final String TOKEN_CHARACTERS =
      "ABCXYZabcxyz0189._~+/=-" + " \t:;,\"'@!*%?#[]{}<>\\|`^&()$ÿé\u00a0\u2028G";

  @Property
  void theBearerCheckAcceptsExactlyWhatItsRegularExpressionAccepted(@ForAll("headers") String header) {
    assertThat(BearerHeader.isWellFormed(header)).as("%s", header).isEqualTo(BEARER.matcher(header).matches());
  }

  @Property
  void theIdCheckAcceptsExactlyWhatItsRegularExpressionAccepted(@ForAll("ids") String id) {
    assertThat(Hex32.isHex32(id)).as("%s", id).isEqualTo(HEX32.matcher(id).matches());
  }

  @Provide
  Arbitrary<String> headers() {
    Arbitrary<String> scheme = Arbitraries.of("Bearer ", "bearer ", "BEARER ", "bEaReR ", "Bearer", "Bearer  ",
        "Basic ", "Bearer\t", "Bearerx ", "", "Bearer:");
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.strings().withChars(TOKEN_CHARACTERS).ofMinLength(0).ofMaxLength(20),
        Arbitraries.strings().withChars("Aa0._~+/=-").ofMinLength(511).ofMaxLength(513));
    return Combinators.combine(scheme, token).as(String::concat);
  }

  /** Valid ids, and valid ids with one character replaced by one just outside the set, or one too many or few. */
  @Provide
  Arbitrary<String> ids() {
    Arbitrary<String> valid = Arbitraries.strings().withChars("0123456789abcdef").ofLength(32);
    Arbitrary<Character> outside = Arbitraries.of('g', 'z', 'A', 'F', '/', ':', '`', '@', '-', ' ', 'é');
    Arbitrary<String> oneWrong = Combinators.combine(valid, Arbitraries.integers().between(0, 31), outside)
        .as((id, at, c) -> id.substring(0, at) + c + id.substring(at + 1));
    Arbitrary<String> wrongLength = Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(30).ofMaxLength(34);
    return Arbitraries.oneOf(valid, oneWrong, wrongLength);
  }
}
