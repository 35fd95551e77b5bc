package dev.magicgre.stub.error;

import java.util.List;

/**
 * Thrown anywhere in the stub to answer with the failure envelope: one HTTP status and every error found.
 * Stack traces are not filled in: this is control flow for expected bad input, and it is thrown often.
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<ApiError> errors;
  private final boolean gatewayShortForm;

  public ApiProblem(int status, List<ApiError> errors) {
    this(status, errors, false);
  }

  private ApiProblem(int status, List<ApiError> errors, boolean gatewayShortForm) {
    super(errors.isEmpty() ? "error" : errors.get(0).message(), null, false, false);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a problem has at least one error");
    }
    this.status = status;
    this.errors = List.copyOf(errors);
    this.gatewayShortForm = gatewayShortForm;
  }

  /**
   * A refusal Cloudflare's gateway answers with only {@code success} and {@code errors}, no {@code messages}
   * and no {@code result} keys (captured for 403 10000 "Authentication error").
   */
  public static ApiProblem gatewayShortForm(ErrorCode code, String message) {
    return new ApiProblem(code.status(), List.of(ApiError.of(code, message)), true);
  }

  public static ApiProblem of(ErrorCode code, String message) {
    return new ApiProblem(code.status(), List.of(ApiError.of(code, message)));
  }

  public static ApiProblem at(ErrorCode code, String pointer, String message) {
    return new ApiProblem(code.status(), List.of(ApiError.at(code, pointer, message)));
  }

  public int status() {
    return status;
  }

  public List<ApiError> errors() {
    return errors;
  }

  /** Whether the body leaves {@code messages} and {@code result} out (see {@link #gatewayShortForm}). */
  public boolean isGatewayShortForm() {
    return gatewayShortForm;
  }
}
