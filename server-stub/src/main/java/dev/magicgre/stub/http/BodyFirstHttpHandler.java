package dev.magicgre.stub.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.util.HtmlHelper;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a request to its handler (Jersey) on a worker thread only once its whole body is in memory, so that a
 * body that trickles in holds no worker while it does: the selector thread that parsed the headers registers
 * a Grizzly {@link ReadHandler} and returns; Grizzly buffers what arrives and calls back when the body is
 * complete. The worker then reads a buffered body and never blocks on the client.
 *
 * <p>A body still incomplete when the body timeout expires is answered 408 code 1021 and its connection
 * closed, without any worker having waited for it. A body over the size limit is handed on as soon as the
 * limit is passed (the handler's size check answers 413 without waiting for the rest); so is any body once
 * the bodies being buffered together exceed a budget, so that a flood of slow clients cannot fill the heap
 * (those bodies are then read by a worker with the blocking reads and deadline that existed before).
 */
final class BodyFirstHttpHandler extends HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(BodyFirstHttpHandler.class);

  private final HttpHandler handler;
  private final long maxBodyBytes;
  private final long timeoutMillis;
  private final byte[] timeoutEnvelope;
  private final ScheduledExecutorService timer;
  private final BufferBudget budget;

  BodyFirstHttpHandler(HttpHandler handler, long maxBodyBytes, int timeoutSeconds, ObjectMapper mapper,
      ScheduledExecutorService timer, BufferBudget budget) {
    super(handler.getName());
    this.handler = handler;
    this.maxBodyBytes = maxBodyBytes;
    this.timeoutMillis = TimeUnit.SECONDS.toMillis(timeoutSeconds);
    this.timeoutEnvelope = ContainerEdges.envelope(mapper, ApiError.of(ErrorCode.BODY_READ_TIMEOUT,
        "Request body not received within " + timeoutSeconds + " seconds"));
    this.timer = timer;
    this.budget = budget;
    setAllowEncodedSlash(handler.isAllowEncodedSlash());
    setAllowCustomStatusMessage(handler.isAllowCustomStatusMessage());
    setRequestURIEncoding(handler.getRequestURIEncoding());
  }

  /** The selector thread runs {@link #service}: it only registers the read, or hands the request on. */
  @Override
  public RequestExecutorProvider getRequestExecutorProvider() {
    return SAME_THREAD;
  }

  private static final RequestExecutorProvider SAME_THREAD = new RequestExecutorProvider.SameThreadProvider();

  @Override
  public void service(Request request, Response response) {
    // as Grizzly does when it hands a request to a worker: the filter chain's context is kept for the answer
    request.getContext().suspend();
    response.suspend();
    boolean nothingToWaitFor = !request.getRequest().isExpectContent() || request.getContentLengthLong() > maxBodyBytes;
    if (nothingToWaitFor) {
      handOn(request, response);
      return;
    }
    // what the body may hold: its declared length, or the limit (+1, to see it passed) when chunked
    long declared = request.getContentLengthLong();
    long reserved = declared >= 0 ? declared : maxBodyBytes + 1;
    if (!budget.take(reserved)) {
      budget.give(reserved);
      handOn(request, response); // the budget is spent: read by a worker, with the blocking reads and deadline
      return;
    }
    PendingBody pending = new PendingBody(request, response, reserved);
    pending.deadline = timer.schedule(pending::expire, timeoutMillis, TimeUnit.MILLISECONDS);
    // called back once the body is complete, or has passed the limit (the handler's size check then answers 413)
    request.getNIOInputStream().notifyAvailable(pending, (int) Math.min(Integer.MAX_VALUE - 1, maxBodyBytes + 1));
  }

  /** Runs the handler on a worker; the response is finished when it returns, unless the handler did. */
  private void handOn(Request request, Response response) {
    worker(request).execute(() -> {
      try {
        handler.service(request, response);
      } catch (Exception e) {
        // what Grizzly does with a handler's exception: the error page generator (JsonErrorPageGenerator)
        // answers it, a malformed URI as 400 1018, anything else as a 500 envelope with an incident
        try {
          HtmlHelper.setErrorAndSendErrorPage(request, response, response.getErrorPageGenerator(), 500,
              HttpStatus.INTERNAL_SERVER_ERROR_500.getReasonPhrase(), HttpStatus.INTERNAL_SERVER_ERROR_500.getReasonPhrase(), e);
        } catch (java.io.IOException gone) {
          LOG.debug("the client left before its answer: {}", gone.getMessage());
        }
      } finally {
        if (response.isSuspended()) {
          response.resume();
        }
      }
    });
  }

  private static void answer(Response response, int status, byte[] envelope) {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(envelope.length);
    try {
      response.getOutputStream().write(envelope);
    } catch (java.io.IOException gone) {
      LOG.debug("the client left before its answer: {}", gone.getMessage());
    }
  }

  private static Executor worker(Request request) {
    return request.getContext().getConnection().getTransport().getWorkerThreadPool();
  }

  @Override
  public void start() {
    handler.start();
  }

  @Override
  public void destroy() {
    handler.destroy();
  }

  /** One body being buffered: handed on once, by whichever comes first of its end, the limit, or the deadline. */
  private final class PendingBody implements ReadHandler {
    private final Request request;
    private final Response response;
    private final long reserved;
    private final AtomicBoolean settled = new AtomicBoolean();
    volatile ScheduledFuture<?> deadline;

    PendingBody(Request request, Response response, long reserved) {
      this.request = request;
      this.response = response;
      this.reserved = reserved;
    }

    @Override
    public void onDataAvailable() {
      settle();
    }

    @Override
    public void onAllDataRead() {
      settle();
    }

    @Override
    public void onError(Throwable failure) {
      settle(); // the handler's read fails the same way and answers it (408 1021, nothing stored)
    }

    private void settle() {
      if (settled.compareAndSet(false, true)) {
        deadline.cancel(false);
        budget.give(reserved);
        handOn(request, response);
      }
    }

    void expire() {
      if (settled.compareAndSet(false, true)) {
        budget.give(reserved);
        // the rest of the body may still come: the connection cannot carry another request, so it is closed
        response.getResponse().getProcessingState().setKeepAlive(false);
        response.setHeader("Connection", "close");
        worker(request).execute(() -> {
          try {
            answer(response, ErrorCode.BODY_READ_TIMEOUT.status(), timeoutEnvelope);
          } finally {
            response.resume();
          }
        });
      }
    }
  }

  /** How many body bytes all the bodies being buffered may hold together. */
  static final class BufferBudget {
    private final AtomicLong left;

    BufferBudget(long bytes) {
      this.left = new AtomicLong(bytes);
    }

    /** Counts {@code bytes} more; false when that spends more than the budget (they are counted all the same). */
    boolean take(long bytes) {
      return left.addAndGet(-bytes) >= 0;
    }

    void give(long bytes) {
      left.addAndGet(bytes);
    }
  }
}
