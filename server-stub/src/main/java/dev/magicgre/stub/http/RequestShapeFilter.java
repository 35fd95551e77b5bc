package dev.magicgre.stub.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks what the route's parameters must look like before anything else (credentials included), all at once:
 * {@code account_id} of at most 32 characters, {@code gre_tunnel_id} (on the routes of one tunnel) of 32
 * lowercase hex characters, and the two boolean switches being true or false.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestShapeFilter implements ContainerRequestFilter {

  private static final int MAX_ACCOUNT_ID_LENGTH = 32;
  private static final Pattern TUNNEL_ID = Pattern.compile("[0-9a-f]{32}");

  @Override
  public void filter(ContainerRequestContext request) {
    List<ApiError> errors = new ArrayList<>(1);
    MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
    String accountId = path.getFirst("account_id");
    if (accountId != null && accountId.length() > MAX_ACCOUNT_ID_LENGTH) {
      errors.add(ApiError.of(ErrorCode.INVALID_ACCOUNT_ID, "account_id must be at most 32 characters"));
    }
    String tunnelId = path.getFirst("gre_tunnel_id");
    if (tunnelId != null && !TUNNEL_ID.matcher(tunnelId).matches()) {
      errors.add(ApiError.of(ErrorCode.INVALID_TUNNEL_ID, "gre_tunnel_id must be 32 lowercase hexadecimal characters"));
    }
    if (!RequestSwitches.isValidBoolean(request.getHeaderString(RequestSwitches.NEW_TARGET_HEADER))) {
      errors.add(ApiError.of(ErrorCode.INVALID_BOOLEAN_SWITCH, "header x-magic-new-hc-target must be true or false"));
    }
    List<String> validateOnly = request.getUriInfo().getQueryParameters().get(RequestSwitches.VALIDATE_ONLY_QUERY);
    if (validateOnly != null && (validateOnly.size() > 1 || !RequestSwitches.isValidBoolean(validateOnly.get(0)))) {
      errors.add(ApiError.of(ErrorCode.INVALID_BOOLEAN_SWITCH, "query parameter validate_only must be true or false, once"));
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(400, errors);
    }
  }
}
