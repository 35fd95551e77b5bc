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
import java.util.concurrent.TimeUnit;

/**
 * Refuses a body that does not arrive in time with 408 (code 1021): when the whole body has not been read
 * within the deadline, counted from the first read, and when a read fails (Grizzly's read timeout expired, or
 * the client went away mid-body). Without it a failed read surfaced as an I/O error, a 500, and a client
 * dripping a byte now and then held a worker thread for as long as it liked. Nothing is parsed from a body
 * refused here, so nothing can be stored.
 * Since {@link BodyFirstHttpHandler} buffers bodies before a worker sees them, this matters only for a body
 * handed to a worker unbuffered (past the buffer budget), or one that failed while it was buffered.
 * Bound by {@link RouteChecks} to the operations that take a body, and run first among their checks.
 */
@Priority(Priorities.AUTHENTICATION - 300)
public final class BodyReadDeadlineFilter implements ContainerRequestFilter {

  private final long deadlineNanos;
  private final int seconds;

  public BodyReadDeadlineFilter(int seconds) {
    this.seconds = seconds;
    this.deadlineNanos = TimeUnit.SECONDS.toNanos(seconds);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setEntityStream(new DeadlineInputStream(request.getEntityStream()));
  }

  private ApiProblem tooSlow() {
    return ApiProblem.of(ErrorCode.BODY_READ_TIMEOUT, "Request body not received within " + seconds + " seconds");
  }

  private final class DeadlineInputStream extends FilterInputStream {
    private long startedAt;
    private boolean started;

    DeadlineInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      beforeRead();
      try {
        int value = super.read();
        afterRead();
        return value;
      } catch (IOException failed) {
        throw tooSlow();
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      beforeRead();
      try {
        int read = super.read(buffer, offset, length);
        afterRead();
        return read;
      } catch (IOException failed) {
        // the read timed out or the connection broke: either way the body will not come; the cause is not
        // kept, its message could quote the connection's state
        throw tooSlow();
      }
    }

    private void beforeRead() {
      if (!started) {
        started = true;
        startedAt = System.nanoTime();
      }
    }

    private void afterRead() {
      if (System.nanoTime() - startedAt > deadlineNanos) {
        throw tooSlow();
      }
    }
  }
}
