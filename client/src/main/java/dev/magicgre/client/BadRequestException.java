package dev.magicgre.client;

import java.util.List;
import java.util.Map;

/** 400, 413, 415, 422 and every other 4xx without a more specific type (405, 408 after its retries, 409, ...). The request itself was refused: fix it, do not retry it. */
public class BadRequestException extends CloudflareApiException {

  private static final long serialVersionUID = 1L;

  public BadRequestException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody) {
    super(ErrorKind.BAD_REQUEST, status, headers, errors, rawBody);
  }

  public BadRequestException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody,
      String message, Throwable cause) {
    super(ErrorKind.BAD_REQUEST, status, headers, errors, rawBody, message, cause);
  }
}
