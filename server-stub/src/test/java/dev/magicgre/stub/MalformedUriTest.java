package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.auth.Identities;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request targets no URI can hold. The JDK client refuses to send them, so these tests write the request line
 * on a plain socket. Without the stub's guards Grizzly answered them with an empty 500 or an HTML page.
 */
class MalformedUriTest {

  private static StubServer server;

  @BeforeAll
  static void start() {
    server = StubServer.start(StubSettings.ephemeral());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "POST {0} -> 400 1018")
  @ValueSource(strings = {
      "/client/v4/accounts/%/magic/gre_tunnels",
      "/client/v4/accounts/%zz/magic/gre_tunnels",
      "/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/magic/gre_tunnels%2F",
      "/client/v4/accounts/%C3%28/magic/gre_tunnels",
      "/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353|/magic/gre_tunnels",
      "/client/v4/accounts/{account_id}/magic/gre_tunnels",
      "/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/magic/gre_tunnels?validate_only=%",
      "/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/magic/gre_tunnels?validate_only=%7",
      "/elsewhere/%zz",
      "/client/v4/accounts/%\u00ec/magic/gre_tunnels",
      "/client/v4/accounts/%4\u00ff/magic/gre_tunnels"})
  void aTargetThatIsNotAUriIs400(String target) throws IOException {
    StubHttp.Reply reply = exchange("POST " + target + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n"
        + "Authorization: Bearer " + Identities.EXAMPLE_TOKEN + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Connection: close\r\n", Bodies.minimal().toString());

    Expect.failure(reply, 400, 1018, null);
    assertThat(server.store().size()).isZero();
  }

  /** Sends the head and body as written, reads one response framed by its Content-Length. */
  private static StubHttp.Reply exchange(String head, String body) throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = line(in);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), List.of(header.substring(colon + 1).trim()));
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", List.of("0")).get(0));
      String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      return new StubHttp.Reply(status, HttpHeaders.of(headers, (name, value) -> true), text);
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed mid-line: " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
