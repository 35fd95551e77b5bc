package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jersey's own refusals (no route, wrong method, wrong media type, ...) in Cloudflare's envelope and codes.
 * An {@link ApiProblem} wrapped by Jersey (thrown from a stream it was reading) is unwrapped here.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException exception) {
    if (exception.getCause() instanceof ApiProblem) {
      return ErrorEnvelopes.response((ApiProblem) exception.getCause());
    }
    if (exception instanceof NotFoundException) {
      return isEmptyAccountId() ? ErrorEnvelopes.response(ErrorCode.INVALID_OBJECT_IDENTIFIER,
          RequestShapeFilter.routingMessage(uri.getRequestUri().getRawPath()))
          : ErrorEnvelopes.response(ErrorCode.NO_ROUTE, ErrorEnvelopes.NO_ROUTE_MESSAGE);
    }
    if (exception instanceof NotAllowedException) {
      Response refused = ErrorEnvelopes.response(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed for that URI");
      return Response.fromResponse(refused)
          .header(HttpHeaders.ALLOW, AllowedMethods.declared(exception.getResponse().getHeaderString(HttpHeaders.ALLOW)))
          .build();
    }
    if (exception instanceof NotSupportedException) {
      return ErrorEnvelopes.response(ErrorCode.UNSUPPORTED_CONTENT_TYPE, ErrorEnvelopes.CONTENT_TYPE_MESSAGE);
    }
    int status = exception.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedExceptionMapper.internalError(exception);
    }
    String reason = exception.getResponse().getStatusInfo().getReasonPhrase();
    return ErrorEnvelopes.response(new ApiProblem(status,
        java.util.List.of(ApiError.of(ErrorCode.REQUEST_REFUSED, reason == null ? "Request refused" : reason))));
  }

  /**
   * {@code /accounts//...}: no route matches an empty segment, but Cloudflare's gateway answers an empty account id
   * as an invalid identifier, 400 7003 (evidence A2 #12). Not for the control API, whose paths have no such segment.
   */
  private boolean isEmptyAccountId() {
    return uri != null && uri.getPath(false).startsWith("accounts//");
  }
}
