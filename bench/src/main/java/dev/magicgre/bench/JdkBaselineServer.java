package dev.magicgre.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A peer of the load benchmark: the JDK's built-in {@code com.sun.net.httpserver}, answering every request with
 * the stub's own answer to that operation ({@link FixedAnswers}) after reading the whole request body. No
 * parsing, no validation, no store: the cost of HTTP alone on this JVM.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.magicgre.bench.JdkBaselineServer --answers DIR
 * [--port 18081] [--threads N]}.
 */
public final class JdkBaselineServer {

  private JdkBaselineServer() {
  }

  public static void main(String[] args) throws IOException {
    // TCP_NODELAY: without it the JDK server's separate header and body writes meet the client's delayed ACK
    // and every response waits ~40 ms; a baseline must be the JDK server at its best, not at its default
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    Map<String, String> flags = FixedAnswers.flags(args, "--port", "--threads", "--answers");
    int port = Integer.parseInt(flags.getOrDefault("--port", "18081"));
    int threads = Integer.parseInt(flags.getOrDefault("--threads",
        String.valueOf(Runtime.getRuntime().availableProcessors() * 2)));
    FixedAnswers answers = FixedAnswers.load(Path.of(flags.getOrDefault("--answers", "bench/target/answers")));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    server.setExecutor(executor);
    server.createContext("/", exchange -> answer(exchange, answers));
    server.start();
    System.out.println("JDK baseline listening on http://127.0.0.1:" + port + "/ (" + threads + " threads, "
        + answers.size() + " answers)");
  }

  private static void answer(HttpExchange exchange, FixedAnswers answers) throws IOException {
    byte[] drain = new byte[8192];
    try (InputStream body = exchange.getRequestBody()) {
      while (body.read(drain) >= 0) {
        // read the whole request body, as the stub does
      }
    }
    FixedAnswers.Answer answer = answers.forOperation(
        exchange.getRequestHeaders().getFirst(FixedAnswers.OPERATION_HEADER));
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), answer.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer.body());
    }
  }
}
