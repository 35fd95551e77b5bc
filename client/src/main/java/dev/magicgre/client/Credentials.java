package dev.magicgre.client;

import java.net.http.HttpRequest;

/**
 * One of Cloudflare's two authentication schemes, applied to every request. {@link #toString()} names the
 * scheme only: the token and the key must never reach a log line or an exception message.
 */
abstract sealed class Credentials permits Credentials.ApiToken, Credentials.GlobalApiKey, Credentials.AddedByGateway {

  abstract void applyTo(HttpRequest.Builder request);

  static Credentials token(String token) {
    return new ApiToken(requireHeaderSafe(token, "apiToken"));
  }

  static Credentials globalKey(String email, String key) {
    return new GlobalApiKey(requireHeaderSafe(email, "apiKey email"), requireHeaderSafe(key, "apiKey key"));
  }

  /** No credential headers: a gateway or proxy on the way adds them. */
  static Credentials addedByGateway() {
    return new AddedByGateway();
  }

  /** Rejects blank values and line breaks (header injection); the value itself is never echoed. */
  private static String requireHeaderSafe(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException(what + " must not contain control characters");
    }
    return value.strip();
  }

  /** {@code Authorization: Bearer <token>}, the scheme Cloudflare prefers. */
  static final class ApiToken extends Credentials {
    private final String token;

    private ApiToken(String token) {
      this.token = token;
    }

    @Override
    void applyTo(HttpRequest.Builder request) {
      request.setHeader("Authorization", "Bearer " + token);
    }

    @Override
    public String toString() {
      return "ApiToken[***]";
    }
  }

  /** {@code X-Auth-Email} together with {@code X-Auth-Key}, the legacy Global API key scheme. */
  static final class GlobalApiKey extends Credentials {
    private final String email;
    private final String key;

    private GlobalApiKey(String email, String key) {
      this.email = email;
      this.key = key;
    }

    @Override
    void applyTo(HttpRequest.Builder request) {
      request.setHeader("X-Auth-Email", email);
      request.setHeader("X-Auth-Key", key);
    }

    @Override
    public String toString() {
      return "GlobalApiKey[***]";
    }
  }

  /** Sends no credential headers; whatever sits between the client and the API is trusted to add them. */
  static final class AddedByGateway extends Credentials {
    @Override
    void applyTo(HttpRequest.Builder request) {
      // nothing: the gateway authenticates the call
    }

    @Override
    public String toString() {
      return "AddedByGateway";
    }
  }
}
