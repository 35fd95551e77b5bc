package dev.magicgre.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the one-line, human-readable message of a failed call: {@code 400 Bad Request: [1003] ... (at /name)}. */
final class ErrorMessages {

  /** Long non-JSON bodies (HTML error pages) are cut so that a log line stays a line. */
  private static final int MAX_BODY_CHARS = 200;

  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(200, "OK"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(413, "Payload Too Large"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Entity"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private ErrorMessages() {
  }

  static String describe(int status, List<ApiErrorDetail> errors, String rawBody) {
    String head = status + (REASONS.containsKey(status) ? " " + REASONS.get(status) : "");
    if (errors != null && !errors.isEmpty()) {
      return head + ": " + errors.stream().map(ApiErrorDetail::toString).collect(Collectors.joining("; "));
    }
    if (rawBody == null || rawBody.isBlank()) {
      return head + ": (empty body)";
    }
    String oneLine = rawBody.strip().replaceAll("\\s+", " ");
    return head + ": " + (oneLine.length() > MAX_BODY_CHARS ? oneLine.substring(0, MAX_BODY_CHARS) + "..." : oneLine);
  }
}
