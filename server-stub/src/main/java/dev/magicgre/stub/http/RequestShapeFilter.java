package dev.magicgre.stub.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what the route's parameters must look like before anything else (credentials included):
 * {@code account_id} of at most 32 characters, and the two boolean switches being true or false.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestShapeFilter implements ContainerRequestFilter {

  private static final int MAX_ACCOUNT_ID_LENGTH = 32;

  @Override
  public void filter(ContainerRequestContext request) {
    List<ApiError> errors = new ArrayList<>(1);
    String accountId = request.getUriInfo().getPathParameters().getFirst("account_id");
    if (accountId != null && accountId.length() > MAX_ACCOUNT_ID_LENGTH) {
      errors.add(ApiError.of(ErrorCode.INVALID_ACCOUNT_ID, "account_id must be at most 32 characters"));
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
