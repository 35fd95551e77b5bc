package dev.magicgre.bench;

import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The in-process start of a stub, as a test would do it, to its first 200 of a create: {@code StubServer.start}
 * on a free port, then one create over {@code HttpURLConnection}. The first start in a fresh JVM is what the
 * first test class of a run pays; the later ones (same JVM, classes loaded, stopped in between) what every
 * further start pays. Prints one line per start: {@code START n ms}.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.magicgre.bench.InProcessStart [starts]}.
 */
public final class InProcessStart {

  private static final String BODY = "{\"cloudflare_gre_endpoint\":\"203.0.113.1\",\"customer_gre_endpoint\":\"203.0.113.1\","
      + "\"interface_address\":\"10.212.0.0/31\",\"name\":\"startup\"}";

  private InProcessStart() {
  }

  public static void main(String[] args) throws IOException {
    int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    for (int i = 0; i < starts; i++) {
      long begin = System.nanoTime();
      try (StubServer stub = StubServer.start(StubSettings.ephemeral())) {
        int status = create(stub);
        long millis = (System.nanoTime() - begin) / 1_000_000;
        if (status != 200) {
          throw new IllegalStateException("the first create answered " + status);
        }
        System.out.println("START " + (i == 0 ? "first" : "again") + " " + millis + " ms");
      }
    }
  }

  private static int create(StubServer stub) throws IOException {
    URL url = new URL(stub.baseUri() + "/accounts/023e105f4ecef8ad9ca31a8372d0c353/magic/gre_tunnels");
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("Authorization", "Bearer Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(BODY.getBytes(StandardCharsets.UTF_8));
    }
    int status = connection.getResponseCode();
    try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    connection.disconnect();
    return status;
  }
}
