package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers an {@link ApiProblem} with its status and the failure envelope. */
public final class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

  @Override
  public Response toResponse(ApiProblem problem) {
    return ErrorEnvelopes.response(problem);
  }
}
