package dev.magicgre.client;

import java.util.List;
import java.util.Map;

/** a 2xx answer the client cannot use: {@code success: false}, no {@code result}, or a body that is not the success envelope. Never retried: the tunnel may have been created. */
public class UnexpectedResponseException extends CloudflareApiException {

  private static final long serialVersionUID = 1L;

  public UnexpectedResponseException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody) {
    super(ErrorKind.UNEXPECTED_RESPONSE, status, headers, errors, rawBody);
  }

  public UnexpectedResponseException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody,
      String message, Throwable cause) {
    super(ErrorKind.UNEXPECTED_RESPONSE, status, headers, errors, rawBody, message, cause);
  }
}
