package dev.magicgre.parity;

import java.util.Map;

/**
 * One request of a scenario: method, the path below the base URL as sent (already percent-encoded), extra
 * headers, the body (null for none, sent with {@code Content-Type: application/json} unless a header says
 * otherwise) and which credentials it carries.
 */
record ApiCall(String method, String path, Map<String, String> headers, String body, Auth auth) {

  /** The credentials a request carries: the caller's own, none, or ones broken on purpose (never the caller's). */
  enum Auth { GIVEN, NONE, MALFORMED_AUTHORIZATION, MALFORMED_KEY, MALFORMED_EMAIL_AND_KEY, UNKNOWN_TOKEN }

  static ApiCall of(String method, String path, String body) {
    return new ApiCall(method, path, Map.of(), body, Auth.GIVEN);
  }

  ApiCall withHeader(String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiCall(method, path, Map.copyOf(more), body, auth);
  }

  ApiCall withAuth(Auth newAuth) {
    return new ApiCall(method, path, headers, body, newAuth);
  }
}
