package dev.magicgre.stub.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A {@code jdbc:postgresql:} location split into a URL that holds no credential and the connection properties
 * that hold them all (user, password, and every parameter named like a secret), so that the URL can be given to
 * the pool, Flyway and the log, and a driver's message that quotes it shows nothing secret. User info
 * ({@code //user:pass@host}) is taken out too: the driver does not read it. The flags win over the URL.
 *
 * @param url the URL without credentials, with a connect timeout
 * @param display how the log and errors name the store ({@code postgresql //host:port/db})
 * @param connection the driver's properties: the credentials
 * @param secrets every secret value, for taking them out of a driver's message
 */
record PostgresLocation(String url, String display, String user, Properties connection, Set<String> secrets) {

  static PostgresLocation parse(String location, String flagUser, String flagPassword) {
    String user = flagUser;
    String password = flagPassword;
    Properties connection = new Properties();
    Set<String> secrets = new LinkedHashSet<>();
    int query = location.indexOf('?');
    String base = query < 0 ? location : location.substring(0, query);
    String prefix = StoreOptions.POSTGRESQL_PREFIX + "//";
    int at = base.startsWith(prefix) ? base.lastIndexOf('@', endOfAuthority(base, prefix.length())) : -1;
    if (at >= prefix.length()) {
      String userInfo = base.substring(prefix.length(), at);
      int colon = userInfo.indexOf(':');
      user = user != null ? user : decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      if (colon >= 0) {
        String fromUrl = decode(userInfo.substring(colon + 1));
        secrets.add(fromUrl);
        password = password != null ? password : fromUrl;
      }
      base = prefix + base.substring(at + 1);
    }
    List<String> kept = new ArrayList<>();
    if (query >= 0) {
      for (String parameter : location.substring(query + 1).split("&")) {
        int equals = parameter.indexOf('=');
        String name = equals < 0 ? parameter : parameter.substring(0, equals);
        String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
        if ("user".equalsIgnoreCase(name)) {
          user = user != null ? user : value;
        } else if ("password".equalsIgnoreCase(name)) {
          secrets.add(value);
          password = password != null ? password : value;
        } else if (SecretRedaction.isSecretName(name)) {
          secrets.add(value);
          connection.setProperty(name, value);
        } else if (!parameter.isEmpty()) {
          kept.add(parameter);
        }
      }
    }
    if (user != null) {
      connection.setProperty("user", user);
    }
    if (password != null) {
      connection.setProperty("password", password);
      secrets.add(password);
    }
    secrets.removeIf(String::isEmpty);
    String clean = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
    String display = "postgresql " + clean.substring(StoreOptions.POSTGRESQL_PREFIX.length());
    return new PostgresLocation(withTimeouts(clean), display, user, connection, Set.copyOf(secrets));
  }

  /** A message with every secret value of this location replaced (a driver may quote what it was given). */
  String scrub(String message) {
    String scrubbed = message;
    // longest first: a secret that contains another is replaced whole
    for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      scrubbed = scrubbed.replace(secret, SecretRedaction.MASK);
    }
    return SecretRedaction.redacted(scrubbed);
  }

  private static int endOfAuthority(String base, int from) {
    int slash = base.indexOf('/', from);
    return slash < 0 ? base.length() : slash;
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }

  /** A database that does not answer is an error at start within seconds, not after the driver's minutes. */
  private static String withTimeouts(String url) {
    String separator = url.indexOf('?') < 0 ? "?" : "&";
    return url.contains("connectTimeout=") ? url : url + separator + "connectTimeout=5";
  }

  @Override
  public String toString() {
    return display;
  }
}
