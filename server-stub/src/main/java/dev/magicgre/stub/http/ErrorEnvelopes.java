package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.model.ApiErrorResponse;
import dev.magicgre.model.ResponseInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** Builds Cloudflare's failure envelope: {@code success: false}, the errors, no messages, {@code result: null}. */
public final class ErrorEnvelopes {

  /** Cloudflare's words for code 7000, used by Jersey's unknown routes and by paths outside the application. */
  public static final String NO_ROUTE_MESSAGE = "No route for that URI";

  private ErrorEnvelopes() {
  }

  public static ApiErrorResponse envelope(List<ApiError> errors) {
    List<ResponseInfo> infos = new ArrayList<>(errors.size());
    for (ApiError error : errors) {
      infos.add(error.toResponseInfo());
    }
    return new ApiErrorResponse(false, infos, new ArrayList<>(), null);
  }

  public static Response response(ApiProblem problem) {
    return Response.status(problem.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(envelope(problem.errors()))
        .build();
  }

  public static Response response(ErrorCode code, String message) {
    return response(ApiProblem.of(code, message));
  }
}
