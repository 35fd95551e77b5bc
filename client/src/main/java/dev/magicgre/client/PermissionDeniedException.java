package dev.magicgre.client;

import java.util.List;
import java.util.Map;

/** 403: unknown token (9109), unknown e-mail/key (9103) or credentials without Magic WAN / Magic Transit Write on the account (10000). */
public class PermissionDeniedException extends CloudflareApiException {

  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody) {
    super(ErrorKind.PERMISSION, status, headers, errors, rawBody);
  }

  public PermissionDeniedException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody,
      String message, Throwable cause) {
    super(ErrorKind.PERMISSION, status, headers, errors, rawBody, message, cause);
  }
}
