package dev.magicgre.stub.auth;

/**
 * The shape of an {@code Authorization: Bearer} header: the scheme name in any letter case (RFC 9110), one
 * space, then RFC 6750's b64token of 1 to 512 characters ({@code [A-Za-z0-9._~+/=-]}). A loop rather than a
 * regular expression: it runs on every request.
 */
final class BearerHeader {

  static final String SCHEME = "Bearer ";
  private static final int MAX_TOKEN_LENGTH = 512;

  private BearerHeader() {
  }

  static boolean isWellFormed(String header) {
    int tokenLength = header.length() - SCHEME.length();
    if (tokenLength < 1 || tokenLength > MAX_TOKEN_LENGTH || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return false;
    }
    for (int i = SCHEME.length(); i < header.length(); i++) {
      if (!isTokenCharacter(header.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenCharacter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
        || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=' || c == '-';
  }
}
