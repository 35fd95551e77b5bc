package dev.magicgre.client;

import java.util.List;
import java.util.Map;

/** 429: too many requests; thrown only once the retries are spent. */
public class RateLimitedException extends CloudflareApiException {

  private static final long serialVersionUID = 1L;

  public RateLimitedException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody) {
    super(ErrorKind.RATE_LIMITED, status, headers, errors, rawBody);
  }

  public RateLimitedException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody,
      String message, Throwable cause) {
    super(ErrorKind.RATE_LIMITED, status, headers, errors, rawBody, message, cause);
  }
}
