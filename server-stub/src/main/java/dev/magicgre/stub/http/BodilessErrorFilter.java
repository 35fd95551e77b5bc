package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Gives the envelope to an error Jersey answers by itself without a body, before any exception mapper is asked:
 * a request header Jersey cannot parse, such as {@code Content-Type: application/json; charset=ÿ}, is answered a
 * bare 400 by Jersey's runtime (found by the request fuzzing). Answers that already carry an entity are left
 * alone, so this only ever fills the gap.
 */
public final class BodilessErrorFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (status < 400 || response.hasEntity()) {
      return;
    }
    ApiError error = status >= 500
        ? ApiError.of(ErrorCode.INTERNAL_ERROR, "Internal server error")
        : ApiError.of(ErrorCode.REQUEST_REFUSED, reason(response));
    response.setEntity(ErrorEnvelopes.envelope(List.of(error)), new java.lang.annotation.Annotation[0],
        MediaType.APPLICATION_JSON_TYPE);
  }

  private static String reason(ContainerResponseContext response) {
    String reason = response.getStatusInfo().getReasonPhrase();
    return reason == null || reason.isBlank() ? "Request refused" : reason;
  }
}
