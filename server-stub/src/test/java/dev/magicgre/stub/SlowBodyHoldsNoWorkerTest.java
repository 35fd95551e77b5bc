package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.auth.Identities;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, point 1: a body that is still arriving holds no worker thread. The stub runs with ONE worker and a
 * body timeout of a minute; clients send their headers and part of a body, then wait. Other requests must be
 * answered while those bodies are still incomplete and unanswered (a worker waiting for a body would have
 * kept them queued until the body timeout); then the bodies are finished and each is created. The assertions
 * are about order (answered before the slow ones are), not about how fast.
 */
class SlowBodyHoldsNoWorkerTest {

  private static final String TARGET = "/client/v4" + StubHttp.tunnelsPath(StubHttp.ACCOUNT);

  private StubServer server;

  @BeforeEach
  void startWithOneWorker() {
    System.setProperty("magicgre.stub.workers", "1");
    try {
      server = StubServer.start(StubSettings.ephemeral().withTimeouts(60, 60));
    } finally {
      System.clearProperty("magicgre.stub.workers");
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void requestsAreAnsweredWhileBodiesTrickleInOnTheOnlyWorker() throws Exception {
    assertThat(workerPoolSize()).isEqualTo(1);
    StubHttp http = new StubHttp(server);
    List<Socket> slow = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        String body = Bodies.minimal("SLOW_" + i).toString();
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(30_000);
        send(socket, head(body.length()) + body.substring(0, 10));
        slow.add(socket);
        bodies.add(body);
      }

      // the JDK client gives up after 30 s, long before the 60 s body timeout would free a waiting worker
      Expect.success(http.create(Bodies.minimal("NORMAL")).send());
      assertThat(http.list().send().status()).isEqualTo(200);

      for (Socket socket : slow) {
        assertThat(socket.getInputStream().available()).as("a slow body was answered before it was complete").isZero();
      }
      for (int i = 0; i < slow.size(); i++) {
        send(slow.get(i), bodies.get(i).substring(10));
        RawHttp.Outcome outcome = RawHttp.read(slow.get(i).getInputStream());
        assertThat(outcome.answered()).as("%s", outcome).isTrue();
        Expect.success(outcome.reply());
      }
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
    assertThat(server.store().list(StubHttp.ACCOUNT)).extracting(tunnel -> tunnel.getName())
        .containsExactly("NORMAL", "SLOW_0", "SLOW_1", "SLOW_2", "SLOW_3");
  }

  private static String head(int contentLength) {
    return "POST " + TARGET + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + Identities.EXAMPLE_TOKEN
        + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private int workerPoolSize() {
    return server.workers();
  }
}
