package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over the limit with 413: at once when Content-Length says so, and while reading when the
 * body is chunked or its length was understated. Nothing is parsed, so nothing can be stored.
 * Bound by {@link RouteChecks} to the operations that take a body, and run first among their checks.
 */
@Priority(Priorities.AUTHENTICATION - 300)
public final class BodySizeLimitFilter implements ContainerRequestFilter {

  private final long maxBytes;

  public BodySizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      throw tooLarge();
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream()));
  }

  private ApiProblem tooLarge() {
    return ApiProblem.of(ErrorCode.BODY_TOO_LARGE, "Request body is larger than " + maxBytes + " bytes");
  }

  private final class LimitedInputStream extends FilterInputStream {
    private long remaining = maxBytes;

    LimitedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int value = super.read();
      if (value >= 0) {
        count(1);
      }
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count(read);
      }
      return read;
    }

    private void count(int bytes) {
      remaining -= bytes;
      if (remaining < 0) {
        throw tooLarge();
      }
    }
  }
}
