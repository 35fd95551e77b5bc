package dev.magicgre.client;

import java.util.List;
import java.util.Map;

/**
 * No HTTP response was received: connection refused or reset, DNS failure, connect or read timeout,
 * interrupted call. {@link #status()} is 0. Thrown only once the retries are spent.
 */
public class ApiConnectionException extends CloudflareApiException {

  private static final long serialVersionUID = 1L;

  public ApiConnectionException(String message, Throwable cause) {
    super(ErrorKind.CONNECTION, 0, Map.of(), List.of(), null, message, cause);
  }
}
