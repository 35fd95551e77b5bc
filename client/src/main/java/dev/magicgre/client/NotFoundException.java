package dev.magicgre.client;

import java.util.List;
import java.util.Map;

/** 404: no route for that URI (7000), usually a wrong base URL. */
public class NotFoundException extends CloudflareApiException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody) {
    super(ErrorKind.NOT_FOUND, status, headers, errors, rawBody);
  }

  public NotFoundException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody,
      String message, Throwable cause) {
    super(ErrorKind.NOT_FOUND, status, headers, errors, rawBody, message, cause);
  }
}
