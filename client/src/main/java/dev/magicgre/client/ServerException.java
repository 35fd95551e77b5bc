package dev.magicgre.client;

import java.util.List;
import java.util.Map;

/** 5xx: a failure on the server side; thrown only once the retries are spent. */
public class ServerException extends CloudflareApiException {

  private static final long serialVersionUID = 1L;

  public ServerException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody) {
    super(ErrorKind.SERVER, status, headers, errors, rawBody);
  }

  public ServerException(int status, Map<String, List<String>> headers, List<ApiErrorDetail> errors, String rawBody,
      String message, Throwable cause) {
    super(ErrorKind.SERVER, status, headers, errors, rawBody, message, cause);
  }
}
