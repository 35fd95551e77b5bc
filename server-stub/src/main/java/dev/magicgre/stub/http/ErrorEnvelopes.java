package dev.magicgre.stub.http;

import dev.magicgre.model.ApiErrorResponse;
import dev.magicgre.model.ResponseInfo;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Cloudflare's failure envelope: {@code success: false}, the errors, no messages, {@code result: null}; or
 * the gateway's short form without the last two where Cloudflare answers so.
 */
public final class ErrorEnvelopes {

  /** Cloudflare's words for code 7000, used by Jersey's unknown routes and by paths outside the application. */
  public static final String NO_ROUTE_MESSAGE = "No route for that URI";
  /** Cloudflare's words for code 9207, with their full stop (captured on a DNS POST). */
  public static final String CONTENT_TYPE_MESSAGE = "Content-type must be application/json.";

  private ErrorEnvelopes() {
  }

  public static ApiErrorResponse envelope(List<ApiError> errors) {
    List<ResponseInfo> infos = new ArrayList<>(errors.size());
    for (ApiError error : errors) {
      infos.add(error.toResponseInfo());
    }
    return new ApiErrorResponse(false, infos).messages(new ArrayList<>());
  }

  public static Response response(ApiProblem problem) {
    Object body = problem.isGatewayShortForm()
        ? new GatewayFailureEnvelope(false, envelope(problem.errors()).getErrors())
        : envelope(problem.errors());
    return Response.status(problem.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }

  public static Response response(ErrorCode code, String message) {
    return response(ApiProblem.of(code, message));
  }
}
