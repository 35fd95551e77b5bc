package dev.magicgre.parity;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code --base URL --account ID (--token T | --email E --key K) [--record DIR] [--compare DIR]
 * [--cloudflare-endpoint IP] [--i-know-this-is-real]}. A base URL that is not on this machine is refused unless
 * {@code --i-know-this-is-real} says the caller means it (the runner creates and deletes tunnels there).
 */
record ParityOptions(URI base, String account, String token, String email, String key, Path record, Path compare,
    String cloudflareEndpoint, boolean real) {

  static final String DEFAULT_CLOUDFLARE_ENDPOINT = "203.0.113.1";
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  static String usage() {
    return "usage: scripts/parity --base URL --account ID (--token T | --email E --key K) [--record DIR] [--compare DIR]"
        + " [--cloudflare-endpoint IP] [--i-know-this-is-real]";
  }

  static ParityOptions parse(String[] args) {
    String base = null;
    String account = null;
    String token = null;
    String email = null;
    String key = null;
    Path record = null;
    Path compare = null;
    String cloudflareEndpoint = DEFAULT_CLOUDFLARE_ENDPOINT;
    boolean real = false;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if ("--i-know-this-is-real".equals(flag)) {
        real = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + flag);
      }
      String value = args[++i];
      switch (flag) {
        case "--base" -> base = value;
        case "--account" -> account = value;
        case "--token" -> token = value;
        case "--email" -> email = value;
        case "--key" -> key = value;
        case "--record" -> record = Path.of(value);
        case "--compare" -> compare = Path.of(value);
        case "--cloudflare-endpoint" -> cloudflareEndpoint = value;
        default -> throw new IllegalArgumentException("unknown flag " + flag);
      }
    }
    if (base == null || account == null) {
      throw new IllegalArgumentException("--base and --account are required");
    }
    if ((token == null) == (email == null || key == null) || token != null && (email != null || key != null)) {
      throw new IllegalArgumentException("give either --token, or --email and --key");
    }
    if (record != null && compare != null) {
      throw new IllegalArgumentException("give --record or --compare, not both");
    }
    URI uri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("--base must be an http or https URL, e.g. http://localhost:8080/client/v4");
    }
    if (!real && !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException("--base " + uri.getHost() + " is not on this machine: the runner creates and"
          + " deletes GRE tunnels there. Add --i-know-this-is-real to run it against a real account.");
    }
    return new ParityOptions(uri, account, token, email, key, record, compare, cloudflareEndpoint, real);
  }

  /** Only names that cannot leave the machine: {@code localhost}, 127.0.0.0/8 and ::1 (no DNS lookup). */
  static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return "localhost".equals(name) || "::1".equals(name) || "0:0:0:0:0:0:0:1".equals(name)
        || IPV4.matcher(name).matches() && name.startsWith("127.");
  }

  /** What to print about the options: never a credential. */
  String describe() {
    return "base " + base + ", " + (token != null ? "API token" : "e-mail and Global API key")
        + (record != null ? ", recording to " + record : "") + (compare != null ? ", comparing with " + compare : "");
  }
}
