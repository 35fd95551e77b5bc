package dev.magicgre.stub.gateway;

/**
 * {@code --rate-limit N/SECONDS}: at most {@code requests} requests per credential identity in a window of
 * {@code windowSeconds} (Cloudflare's own: 1200/300 per user or account token, evidence B4).
 */
public record RateLimit(int requests, int windowSeconds) {

  public RateLimit {
    if (requests < 1 || windowSeconds < 1) {
      throw new IllegalArgumentException("a rate limit needs at least 1 request in at least 1 second");
    }
  }

  /** Reads {@code N/SECONDS}, e.g. {@code 1200/300}. */
  public static RateLimit parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 1 || slash == text.length() - 1) {
      throw new IllegalArgumentException("--rate-limit must be N/SECONDS, e.g. 1200/300, not \"" + text + "\"");
    }
    try {
      return new RateLimit(Integer.parseInt(text.substring(0, slash).trim()), Integer.parseInt(text.substring(slash + 1).trim()));
    } catch (NumberFormatException notNumbers) {
      throw new IllegalArgumentException("--rate-limit must be N/SECONDS, e.g. 1200/300, not \"" + text + "\"", notNumbers);
    }
  }

  /** Cloudflare's Ratelimit-Policy header for this limit: {@code "default";q=N;w=SECONDS}. */
  public String policyHeader() {
    return "\"default\";q=" + requests + ";w=" + windowSeconds;
  }
}
