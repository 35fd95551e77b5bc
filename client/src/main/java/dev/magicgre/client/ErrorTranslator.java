package dev.magicgre.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.magicgre.client.generated.ApiException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the generated client's checked {@link ApiException} into the facade's exception hierarchy: status
 * decides the family, except that a 400 carrying one of Cloudflare's credential codes is an authentication
 * failure (Cloudflare answers missing or malformed credentials with 400, not 401).
 */
final class ErrorTranslator {

  /**
   * 9106 no credentials, 6003 malformed request headers (its error_chain names the header: 6102, 6103, 6111);
   * 6111 alone as older answers gave it.
   */
  static final Set<Integer> CREDENTIAL_CODES = Set.of(9106, 6003, 6111);

  private final ErrorEnvelopeParser parser;

  ErrorTranslator(ErrorEnvelopeParser parser) {
    this.parser = parser;
  }

  /**
   * @param failure what the generated client threw
   * @param lastResponse the status line and headers of the answer, when one arrived (needed for a 2xx whose
   *     body could not be decoded: the generated client then reports only the decoding error)
   */
  CloudflareApiException translate(ApiException failure, CapturedResponse lastResponse) {
    if (failure.getCode() != 0) {
      Map<String, List<String>> headers = failure.getResponseHeaders() == null
          ? Map.of() : failure.getResponseHeaders().map();
      String body = failure.getResponseBody();
      return forStatus(failure.getCode(), headers, parser.parse(body), body);
    }
    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
    if (cause instanceof JsonProcessingException && lastResponse != null) {
      return new UnexpectedResponseException(lastResponse.status(), lastResponse.headers(), List.of(), null,
          lastResponse.status() + " response body is not the success envelope: " + summary(cause), cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new ApiConnectionException("Request timed out: " + summary(cause), cause);
    }
    if (cause instanceof InterruptedException) {
      return new ApiConnectionException("Request interrupted", cause);
    }
    return new ApiConnectionException("Connection failed: " + summary(cause), cause);
  }

  static CloudflareApiException forStatus(int status, Map<String, List<String>> headers,
      List<ApiErrorDetail> errors, String body) {
    if (status == 401 || (status == 400 && hasCredentialCode(errors))) {
      return new AuthenticationException(status, headers, errors, body);
    }
    if (status == 403) {
      return new PermissionDeniedException(status, headers, errors, body);
    }
    if (status == 404) {
      return new NotFoundException(status, headers, errors, body);
    }
    if (status == 429) {
      return new RateLimitedException(status, headers, errors, body);
    }
    if (status >= 500) {
      return new ServerException(status, headers, errors, body);
    }
    if (status >= 400) {
      return new BadRequestException(status, headers, errors, body);
    }
    // 1xx/3xx the JDK client did not follow: nothing we can use
    return new UnexpectedResponseException(status, headers, errors, body);
  }

  private static boolean hasCredentialCode(List<ApiErrorDetail> errors) {
    return errors.stream().anyMatch(error -> CREDENTIAL_CODES.contains(error.code()));
  }

  private static String summary(Throwable cause) {
    String message = cause.getMessage();
    if (cause instanceof JsonProcessingException json) {
      message = json.getOriginalMessage(); // without the location suffix that may quote the body
    }
    return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }
}
