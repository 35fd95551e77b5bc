package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a 500 envelope with a generic message and an incident id; the details go to the log
 * only, under that id, so a user can quote it without the stub leaking internals.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Override
  public Response toResponse(Throwable exception) {
    if (exception instanceof ApiProblem) {
      return ErrorEnvelopes.response((ApiProblem) exception);
    }
    return internalError(exception);
  }

  static Response internalError(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.error("Unexpected failure, incident {}", incident, exception);
    return ErrorEnvelopes.response(ErrorCode.INTERNAL_ERROR, "Internal server error (incident " + incident + ")");
  }
}
