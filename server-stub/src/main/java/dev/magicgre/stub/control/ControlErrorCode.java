package dev.magicgre.stub.control;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import java.util.List;

/**
 * The control API's own refusals, numbered apart from the Cloudflare API's table (1000-1021 and Cloudflare's
 * codes) so that no client of the Cloudflare API ever sees one. Its other refusals reuse the API's codes (6007
 * malformed JSON, 7000 no route, 1001-1017 for a seeded tunnel's fields).
 */
public enum ControlErrorCode {
  CONTROL_TOKEN_REQUIRED(2001, 401),
  UNKNOWN_PROVIDER_STATE(2002, 400),
  INVALID_STATE_CHANGE(2003, 400),
  FOREIGN_ORIGIN(2004, 403),
  JSON_BODY_REQUIRED(2005, 415);

  private final int code;
  private final int status;

  ControlErrorCode(int code, int status) {
    this.code = code;
    this.status = status;
  }

  public int code() {
    return code;
  }

  public int status() {
    return status;
  }

  ApiProblem problem(String pointer, String message) {
    return new ApiProblem(status, List.of(new ApiError(code, message, pointer)));
  }
}
