package dev.magicgre.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one unchecked exception of the client: every failed call ends in this type or one of its subclasses
 * (one per status family, as openai-java does), carrying what the caller needs to react: the HTTP status
 * (0 when no response arrived), the response headers, the parsed {@code errors[]} and the raw body.
 *
 * <p>The message never contains credentials: it is built from the status and the server's errors only.
 */
public class CloudflareApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final int status;
  private final transient Map<String, List<String>> headers;
  private final transient List<ApiErrorDetail> errors;
  private final String rawBody;

  public CloudflareApiException(ErrorKind kind, int status, Map<String, List<String>> headers,
      List<ApiErrorDetail> errors, String rawBody, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.headers = copyCaseInsensitive(headers);
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.rawBody = rawBody;
  }

  /** A response-based failure whose message is derived from the status and the errors. */
  protected CloudflareApiException(ErrorKind kind, int status, Map<String, List<String>> headers,
      List<ApiErrorDetail> errors, String rawBody) {
    this(kind, status, headers, errors, rawBody, ErrorMessages.describe(status, errors, rawBody), null);
  }

  public ErrorKind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when no response was received (connection refused, timeout, I/O error). */
  public int status() {
    return status;
  }

  /** The response headers, looked up case-insensitively; empty when no response was received. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The envelope's {@code errors[]}; empty when the body was not a Cloudflare envelope. */
  public List<ApiErrorDetail> errors() {
    return errors;
  }

  /** The response body as received, or null when there was none or it was consumed while decoding a 2xx. */
  public String rawBody() {
    return rawBody;
  }

  private static Map<String, List<String>> copyCaseInsensitive(Map<String, List<String>> source) {
    // HTTP header names are case-insensitive; callers should not have to guess "Retry-After" vs "retry-after"
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (source != null) {
      source.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    }
    return java.util.Collections.unmodifiableMap(copy);
  }
}
