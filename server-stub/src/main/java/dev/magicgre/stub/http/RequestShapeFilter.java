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
 * {@code account_id} of at most 32 characters, {@code gre_tunnel_id} (on the routes of one tunnel) of 32
 * lowercase hex characters, and the two boolean switches being true or false ({@code validate_only} on the
 * routes that declare it). One instance per route ({@link RouteChecks}), told once which of these it has.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestShapeFilter implements ContainerRequestFilter {

  private static final int MAX_ACCOUNT_ID_LENGTH = 32;

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
    String accountId = route.accountId();
    if (accountId != null && accountId.length() > MAX_ACCOUNT_ID_LENGTH) {
      errors.add(ApiError.of(ErrorCode.INVALID_ACCOUNT_ID, "account_id must be at most 32 characters"));
    }
    if (oneTunnelRoute && !Hex32.isHex32(route.tunnelId())) {
      errors.add(ApiError.of(ErrorCode.INVALID_TUNNEL_ID, "gre_tunnel_id must be 32 lowercase hexadecimal characters"));
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
}
