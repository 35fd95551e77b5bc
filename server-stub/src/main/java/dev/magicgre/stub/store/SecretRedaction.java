package dev.magicgre.stub.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes every credential out of a store location before it is logged or put in a message: the password of the
 * user info ({@code //user:pass@host}) and the value of every parameter named like a secret ({@code password},
 * {@code sslpassword}, {@code *token*}, {@code *secret*}, {@code *key*}, ...), whether the parameters follow
 * {@code ?}, {@code &} or {@code ;}. {@code sslkey} names a file, not a secret, and is kept so that an error
 * about it can be acted on.
 */
public final class SecretRedaction {

  static final String MASK = "***";

  private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@]*?):[^/?#@]*@");
  private static final Pattern PARAMETER = Pattern.compile("([?&;])([^=&;?#]*)=([^&;#]*)");
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(password|passwd|pwd|secret|token|credential|key|auth).*");

  private SecretRedaction() {
  }

  /** Whether a URL parameter of that name carries a secret. */
  static boolean isSecretName(String name) {
    return !"sslkey".equalsIgnoreCase(name) && SECRET_NAME.matcher(name).matches();
  }

  /** The location with every credential replaced by {@code ***}. */
  public static String redacted(String location) {
    if (location == null) {
      return null;
    }
    String withoutUserInfo = USER_INFO.matcher(location).replaceAll("$1:" + MASK + "@");
    Matcher parameter = PARAMETER.matcher(withoutUserInfo);
    StringBuilder out = new StringBuilder();
    while (parameter.find()) {
      String replacement = isSecretName(parameter.group(2))
          ? parameter.group(1) + parameter.group(2) + "=" + MASK
          : parameter.group();
      parameter.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    parameter.appendTail(out);
    return out.toString();
  }
}
