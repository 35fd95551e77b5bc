package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.magicgre.stub.auth.Identities;
import dev.magicgre.stub.http.ConnectionLimitFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, point 1: a flood of connections cannot take the stub from others. The stub here allows 4 connections
 * in all and 2 per client address; distinct clients are sockets bound to distinct loopback addresses (127.0.0.x).
 * Each test waits for the server's own count of open connections to reach a value (accepts and closes are handled
 * by the server's selector threads, after the client's call returns), never for a fixed time.
 */
class ConnectionLimitTest {

  private static final int MAX_TOTAL = 4;
  private static final int MAX_PER_CLIENT = 2;
  /** Far above what an accept or a close takes: only a server that never acts would reach it. */
  private static final Duration WAIT = Duration.ofSeconds(20);

  private StubServer server;
  private final List<Socket> held = new ArrayList<>();

  @BeforeEach
  void start() {
    server = StubServer.start(StubSettings.ephemeral().withConnectionLimits(MAX_TOTAL, MAX_PER_CLIENT));
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : held) {
      socket.close();
    }
    server.close();
  }

  @Test
  void aClientOverItsLimitIsClosedAtOnceWhileOthersAreServedAndOneWarningIsLogged() throws Exception {
    holdUpTo("127.0.0.1", MAX_PER_CLIENT);

    try (LogCapture log = LogCapture.start()) {
      Socket third = open("127.0.0.1");
      Socket fourth = open("127.0.0.1");

      assertThat(closedByServer(third)).isTrue();
      assertThat(closedByServer(fourth)).isTrue();
      awaitOpen(MAX_PER_CLIENT);
      List<ILoggingEvent> warnings = log.events().stream()
          .filter(event -> event.getLoggerName().equals(ConnectionLimitFilter.class.getName()))
          .toList();
      assertThat(warnings).hasSize(1);
      assertThat(LogCapture.logged(warnings.get(0))).contains("per-client").doesNotContain("127.0.0");
    }
    // another client still gets in and is answered, and so is each connection held within the limit
    try (Socket other = open("127.0.0.2")) {
      assertThat(listOn(other).reply().status()).isEqualTo(200);
    }
    for (Socket socket : held) {
      assertThat(listOn(socket).reply().status()).isEqualTo(200);
    }
  }

  @Test
  void overTheTotalLimitANewClientIsClosedUntilASlotFrees() throws Exception {
    holdUpTo("127.0.0.1", MAX_PER_CLIENT);
    holdUpTo("127.0.0.2", MAX_PER_CLIENT);

    try (Socket fifth = open("127.0.0.3")) {
      assertThat(closedByServer(fifth)).isTrue();
    }
    awaitOpen(MAX_TOTAL);

    held.remove(0).close();
    awaitOpen(MAX_TOTAL - 1);
    try (Socket next = open("127.0.0.3")) {
      RawHttp.Outcome outcome = listOn(next);
      assertThat(outcome.answered()).as("%s", outcome).isTrue();
      assertThat(outcome.reply().status()).isEqualTo(200);
    }
  }

  @Test
  void closingConnectionsFreesEverySlot() throws Exception {
    holdUpTo("127.0.0.1", MAX_PER_CLIENT);
    holdUpTo("127.0.0.2", MAX_PER_CLIENT);
    try (Socket refused = open("127.0.0.1")) {
      assertThat(closedByServer(refused)).isTrue();
    }

    for (Socket socket : held) {
      socket.close();
    }
    held.clear();

    awaitOpen(0);
    holdUpTo("127.0.0.1", MAX_PER_CLIENT);
    holdUpTo("127.0.0.2", MAX_PER_CLIENT);
  }

  /** Opens connections from {@code address} until it holds {@code count}, each one counted by the server. */
  private void holdUpTo(String address, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      held.add(open(address));
      awaitOpen(held.size());
    }
  }

  private Socket open(String localAddress) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(localAddress, 0));
    socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
    socket.setSoTimeout((int) WAIT.toMillis());
    return socket;
  }

  /** True when the server ends the connection without a byte (end of stream, or a reset). */
  private static boolean closedByServer(Socket socket) throws IOException {
    try {
      return socket.getInputStream().read() == -1;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (SocketException reset) {
      return true;
    }
  }

  /** A list of the example account's tunnels on a connection that stays open afterwards. */
  private static RawHttp.Outcome listOn(Socket socket) throws IOException {
    String request = "GET /client/v4" + StubHttp.tunnelsPath(StubHttp.ACCOUNT) + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n"
        + "Authorization: Bearer " + Identities.EXAMPLE_TOKEN + "\r\n\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return RawHttp.read(socket.getInputStream());
  }

  private void awaitOpen(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (server.openConnections() != expected && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(server.openConnections()).as("open connections").isEqualTo(expected);
  }
}
