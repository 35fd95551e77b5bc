package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.auth.Identities;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #8, point 3: clients that stall, drip or vanish. The stub here runs with 1-second timeouts (idle and
 * body) so the tests stay short; each waits for the server with a generous bound and asserts what the server
 * did (closed the connection, or answered 408 with the envelope), never how fast.
 */
class SlowClientTest {

  private static final String TARGET = "/client/v4" + StubHttp.tunnelsPath(StubHttp.ACCOUNT);
  /** Far above the 1-second timeouts: only a server that never gives up would reach it. */
  private static final int WAIT_MILLIS = 30_000;

  private static StubServer server;
  private static StubHttp http;

  @BeforeAll
  static void start() {
    server = StubServer.start(StubSettings.ephemeral().withTimeouts(1, 1));
    http = new StubHttp(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void emptyStore() {
    server.store().clear();
  }

  private static String head(int contentLength) {
    return "POST " + TARGET + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n"
        + "Authorization: Bearer " + Identities.EXAMPLE_TOKEN + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + contentLength + "\r\n\r\n";
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(WAIT_MILLIS);
    return socket;
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Test
  void headersSentInPartThenStalledAreClosedAfterTheIdleTimeout() throws IOException {
    try (Socket socket = connect()) {
      send(socket, "POST " + TARGET + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ");

      RawHttp.Outcome outcome = RawHttp.read(socket.getInputStream());

      assertThat(outcome.closedWithoutAnswer()).as("%s", outcome).isTrue();
    }
    assertThat(server.store().size()).isZero();
  }

  @Test
  void aBodyThatStopsHalfwayIsAnswered408AndNotStored() throws IOException {
    String body = Bodies.minimal("STALLED").toString();
    try (Socket socket = connect()) {
      send(socket, head(body.length()) + body.substring(0, body.length() / 2));

      RawHttp.Outcome outcome = RawHttp.read(socket.getInputStream());

      Expect.failure(outcome.reply(), 408, 1021, null);
    }
    assertThat(server.store().size()).isZero();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} with a body that stops halfway -> 408 1021, nothing changed")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"PUT one", "PUT several", "DELETE"})
  void everyWriteWithABodyThatStopsHalfwayIsAnswered408(String write) throws IOException {
    String id = Expect.success(http.create(Bodies.minimal("KEPT")).send()).path("id").asText();
    java.util.List<dev.magicgre.model.GreTunnel> before = server.store().list(StubHttp.ACCOUNT);
    String body = switch (write) {
      case "PUT several" -> Bodies.several(Bodies.withId(id, Bodies.minimal("STALLED"))).toString();
      case "DELETE" -> "{\"comment\": \"an object the delete ignores, if it ever arrives\"}";
      default -> Bodies.minimal("STALLED").toString();
    };
    String target = TARGET + ("PUT several".equals(write) ? "" : "/" + id);
    try (Socket socket = connect()) {
      send(socket, head(body.length()).replaceFirst("^POST " + TARGET, write.split(" ")[0] + " " + target)
          + body.substring(0, body.length() / 2));

      RawHttp.Outcome outcome = RawHttp.read(socket.getInputStream());

      Expect.failure(outcome.reply(), 408, 1021, null);
    }
    assertThat(server.store().list(StubHttp.ACCOUNT)).isEqualTo(before);
  }

  @Test
  void aBodyDrippedSlowerThanTheDeadlineIsAnswered408AndNotStored() throws Exception {
    // each byte comes well within the per-read timeout, so only the deadline on the whole body stops it
    String body = Bodies.minimal("DRIPPED").toString();
    try (Socket socket = connect()) {
      send(socket, head(body.length()));
      Thread dripper = new Thread(() -> {
        try {
          for (int i = 0; i < body.length(); i++) {
            send(socket, body.substring(i, i + 1));
            Thread.sleep(200);
          }
        } catch (IOException | InterruptedException serverGaveUp) {
          // expected: the server answered and closed
        }
      }, "dripper");
      dripper.setDaemon(true);
      dripper.start();

      RawHttp.Outcome outcome = RawHttp.read(socket.getInputStream());

      Expect.failure(outcome.reply(), 408, 1021, null);
      dripper.interrupt();
    }
    assertThat(server.store().size()).isZero();
  }

  @Test
  void aClientThatDisconnectsMidBodyStoresNothingAndTheStubCarriesOn() throws IOException {
    String body = Bodies.minimal("VANISHED").toString();
    try (Socket socket = connect()) {
      send(socket, head(body.length()) + body.substring(0, body.length() - 5));
    }

    Expect.success(http.create(Bodies.minimal("AFTER")).send());

    assertThat(server.store().list(StubHttp.ACCOUNT)).extracting(tunnel -> tunnel.getName()).containsExactly("AFTER");
  }

  @Test
  void stalledBodiesOnMoreConnectionsThanWorkersDoNotBlockOtherClients() throws Exception {
    String body = Bodies.minimal("HOG").toString();
    List<Socket> hogs = new ArrayList<>();
    try {
      // stall connections until there are more of them than worker threads (each stalled body keeps one busy,
      // so a pool that grows on demand has grown to its size by then)
      while (hogs.size() < 8 || hogs.size() <= workerThreads() + 2) {
        Socket socket = connect();
        hogs.add(socket);
        send(socket, head(body.length()) + body.substring(0, 10));
        assertThat(hogs.size()).as("worker threads keep growing").isLessThan(512);
      }
      long workers = workerThreads();
      assertThat(workers).as("worker threads found").isPositive();
      assertThat((long) hogs.size()).as("more stalled clients than the %s worker threads", workers).isGreaterThan(workers);

      // answered only once workers are freed by the body timeout: the JDK client waits up to 30 s
      Expect.success(http.create(Bodies.minimal("PATIENT")).send());

      for (Socket hog : hogs) {
        RawHttp.Outcome outcome = RawHttp.read(hog.getInputStream());
        assertThat(outcome.noAnswerInTime()).as("stalled client left hanging: %s", outcome).isFalse();
        if (outcome.answered()) {
          Expect.failure(outcome.reply(), 408, 1021, null);
        }
      }
    } finally {
      for (Socket hog : hogs) {
        hog.close();
      }
    }
    assertThat(server.store().list(StubHttp.ACCOUNT)).extracting(tunnel -> tunnel.getName()).containsExactly("PATIENT");
  }

  /** The stub names its worker pool (StubServer.WORKER_POOL_NAME); counted at run time, not assumed. */
  private static long workerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(StubServer.WORKER_POOL_NAME))
        .count();
  }
}
