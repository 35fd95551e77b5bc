package dev.magicgre.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark's baseline: the JDK's built-in {@code com.sun.net.httpserver}, answering every request with a
 * fixed JSON body of the stub's size after reading the whole request body. No parsing, no validation, no store:
 * the cost of HTTP alone on this JVM.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.magicgre.bench.JdkBaselineServer [--port 18081]
 * [--ok-bytes 560] [--error-bytes 370] [--threads N]}. A request carrying {@code X-Bench-Status: 400} is answered
 * 400 with an error-sized body (the invalid-body round); everything else 200.
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
    int port = 18081;
    int okBytes = 560;
    int errorBytes = 370;
    int threads = Runtime.getRuntime().availableProcessors() * 2;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--ok-bytes" -> okBytes = Integer.parseInt(args[i + 1]);
        case "--error-bytes" -> errorBytes = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown flag " + args[i]);
      }
    }
    byte[] ok = json(okBytes, true);
    byte[] error = json(errorBytes, false);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    server.setExecutor(executor);
    server.createContext("/", exchange -> answer(exchange, ok, error));
    server.start();
    System.out.println("JDK baseline listening on http://127.0.0.1:" + port + "/ (" + threads + " threads, "
        + okBytes + "-byte 200s, " + errorBytes + "-byte 400s)");
  }

  private static void answer(HttpExchange exchange, byte[] ok, byte[] error) throws IOException {
    byte[] drain = new byte[8192];
    try (InputStream body = exchange.getRequestBody()) {
      while (body.read(drain) >= 0) {
        // read the whole request body, as the stub does
      }
    }
    boolean invalid = "400".equals(exchange.getRequestHeaders().getFirst("X-Bench-Status"));
    byte[] response = invalid ? error : ok;
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(invalid ? 400 : 200, response.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response);
    }
  }

  /** A valid JSON object of exactly {@code size} bytes: {"success":true,"pad":"xxx..."}. */
  static byte[] json(int size, boolean success) {
    String head = "{\"success\":" + success + ",\"pad\":\"";
    String tail = "\"}";
    int pad = Math.max(0, size - head.length() - tail.length());
    char[] padding = new char[pad];
    Arrays.fill(padding, 'x');
    return (head + new String(padding) + tail).getBytes(StandardCharsets.US_ASCII);
  }
}
