package dev.magicgre.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * A real HTTP server on an ephemeral loopback port that answers from a script and records what it received,
 * for the failures the stub never produces (429, 5xx, HTML bodies, slow answers). Grizzly is already on the
 * test class path through the stub, so no mock-server dependency is needed.
 *
 * <p>Replies are used in order; the last one repeats, so {@code script(reply)} answers every request alike.
 */
final class ScriptedServer implements AutoCloseable {

  /** What one request looked like on the wire. Header names are case-insensitive. */
  record RecordedRequest(String method, String path, String query, Map<String, String> headers, String body) {
  }

  private final HttpServer server;
  private final Deque<ScriptedReply> script = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private ScriptedServer() {
    // a listener of our own: createSimpleServer refuses port 0, the listener takes it as "any free port"
    server = new HttpServer();
    server.addListener(new NetworkListener("scripted", "127.0.0.1", 0));
    server.getServerConfiguration().addHttpHandler(new ScriptHandler(), "/");
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScriptedServer start() {
    return new ScriptedServer();
  }

  /** Replaces the script and forgets earlier requests. */
  synchronized ScriptedServer script(ScriptedReply... replies) {
    script.clear();
    script.addAll(List.of(replies));
    requests.clear();
    return this;
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * The requests, once at least {@code count} have arrived (or after {@code patience}, whichever is first).
   * When a client gives up on a slow answer, its retry may still be on its way to the handler: waiting for
   * the event keeps such a test deterministic without asserting anything about time.
   */
  List<RecordedRequest> requestsOnce(int count, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    synchronized (requests) {
      while (requests.size() < count && System.nanoTime() < deadline) {
        requests.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      }
    }
    return requests();
  }

  /** The base URL to give the client, with the real API's {@code /client/v4} prefix. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/client/v4";
  }

  private synchronized ScriptedReply next() {
    if (script.isEmpty()) {
      return ScriptedReply.text(500, "text/plain", "script is empty");
    }
    return script.size() == 1 ? script.peekFirst() : script.pollFirst();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }

  private final class ScriptHandler extends HttpHandler {
    @Override
    public void service(Request request, Response response) throws Exception {
      String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String name : request.getHeaderNames()) {
        headers.put(name, request.getHeader(name));
      }
      synchronized (requests) {
        requests.add(new RecordedRequest(request.getMethod().getMethodString(), request.getRequestURI(),
            request.getQueryString(), headers, body));
        requests.notifyAll();
      }
      ScriptedReply reply = next();
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay().toMillis());
      }
      response.setStatus(reply.status());
      reply.headers().forEach(response::setHeader);
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      response.setContentType(reply.contentType());
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }
}
