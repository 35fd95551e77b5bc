package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A create or an update (the operations whose body the spec requires: POST and PUT; {@link RouteChecks} binds
 * this filter to them) without {@code Content-Type} is 415 code 9207, like one with a wrong type. Jersey refuses
 * a wrong type by itself, but a missing one only when a body is present: with no body and no type the resource
 * method matched and was called with no request at all, a 500 (found by the request fuzzing). Runs right after
 * matching, before the route's checks and the credentials, where the content-type check belongs in the
 * documented order.
 */
@Priority(Priorities.AUTHENTICATION - 150)
public final class MissingContentTypeFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
      throw ApiProblem.of(ErrorCode.UNSUPPORTED_CONTENT_TYPE, ErrorEnvelopes.CONTENT_TYPE_MESSAGE);
    }
  }
}
