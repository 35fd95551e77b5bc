package dev.magicgre.client;

import java.util.List;
import java.util.Map;

/** 401, and 400 with Cloudflare's credential codes 9106 (no credentials) or 6003 (a malformed Authorization, X-Auth-Email or X-Auth-Key header, named in the entry's {@link ApiErrorDetail#errorChain()}): the credentials are missing or unreadable. */
public class AuthenticationException extends CloudflareApiException {

  private static final long serialVersionUID = 1L;

  public AuthenticationException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody) {
    super(ErrorKind.AUTHENTICATION, status, headers, errors, rawBody);
  }

  public AuthenticationException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody,
      String message, Throwable cause) {
    super(ErrorKind.AUTHENTICATION, status, headers, errors, rawBody, message, cause);
  }
}
