package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.validation.Hex32;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what the route's parameters must look like before anything else (credentials included), all at once:
 * {@code account_id} and {@code gre_tunnel_id} (on the routes of one tunnel) of 32 lowercase hex characters,
 * else one 7003 entry with the routing message Cloudflare's gateway answers (captured: "Could not route to
 * /client/v4/accounts/not%20an%20id/..., perhaps your object identifier is invalid?", the path as sent), and
 * the two boolean switches being true or false ({@code validate_only} on the routes that declare it). One
 * instance per route ({@link RouteChecks}), told once which of these it has.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestShapeFilter implements ContainerRequestFilter {

  private final boolean oneTunnelRoute;
  private final boolean takesValidateOnly;

  public RequestShapeFilter(boolean oneTunnelRoute, boolean takesValidateOnly) {
    this.oneTunnelRoute = oneTunnelRoute;
    this.takesValidateOnly = takesValidateOnly;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    List<ApiError> errors = new ArrayList<>(1);
    RouteParameters route = RouteParameters.of(request);
    if (!Hex32.isHex32(route.accountId()) || oneTunnelRoute && !Hex32.isHex32(route.tunnelId())) {
      errors.add(ApiError.of(ErrorCode.INVALID_OBJECT_IDENTIFIER, routingMessage(request.getUriInfo().getRequestUri().getRawPath())));
    }
    if (!RequestSwitches.isValidBoolean(request.getHeaderString(RequestSwitches.NEW_TARGET_HEADER))) {
      errors.add(ApiError.of(ErrorCode.INVALID_BOOLEAN_SWITCH, "header x-magic-new-hc-target must be true or false"));
    }
    if (takesValidateOnly) {
      List<String> validateOnly = request.getUriInfo().getQueryParameters().get(RequestSwitches.VALIDATE_ONLY_QUERY);
      if (validateOnly != null && (validateOnly.size() > 1 || !RequestSwitches.isValidBoolean(validateOnly.get(0)))) {
        errors.add(ApiError.of(ErrorCode.INVALID_BOOLEAN_SWITCH, "query parameter validate_only must be true or false, once"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(400, errors);
    }
  }

  /** Cloudflare's words, quoting the path as the client sent it (percent-encoded, base path included). */
  static String routingMessage(String rawPath) {
    return "Could not route to " + rawPath + ", perhaps your object identifier is invalid?";
  }
}
