package dev.magicgre.stub.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.StubSettings;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.ServerConfiguration;

/**
 * Puts every handler of the server behind a {@link BodyFirstHttpHandler}: no request reaches a worker thread
 * before its body is in. Call after every handler is registered and before the server starts.
 */
public final class BodyFirst {

  /** One thread for the whole JVM: it only hands timed-out bodies to a worker. */
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private BodyFirst() {
  }

  public static void install(HttpServer server, StubSettings settings, ObjectMapper mapper) {
    ServerConfiguration configuration = server.getServerConfiguration();
    BodyFirstHttpHandler.BufferBudget budget = new BodyFirstHttpHandler.BufferBudget(bufferedBodiesBudget());
    for (Map.Entry<HttpHandler, HttpHandlerRegistration[]> mapped
        : Map.copyOf(configuration.getHttpHandlersWithMapping()).entrySet()) {
      configuration.removeHttpHandler(mapped.getKey());
      configuration.addHttpHandler(new BodyFirstHttpHandler(mapped.getKey(), settings.maxBodyBytes(),
          settings.bodyReadTimeoutSeconds(), mapper, TIMER, budget), mapped.getValue());
    }
  }

  /**
   * What the bodies being buffered may hold together: an eighth of the heap, at most 64 MiB (64 bodies of the
   * 1 MiB limit). Past it, bodies are read by workers as before, so a flood of slow clients costs threads, not
   * the heap.
   */
  static long bufferedBodiesBudget() {
    return Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "stub-body-deadline");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
