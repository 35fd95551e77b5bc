package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.http.LazyHttpHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the start leaves for later (issue 23: the control API's Jersey application is built on its first
 * request, the served contract's JSON on its first request) answers the first request exactly as it answers
 * the later ones, including several first requests at once.
 */
class LazyStartWorkTest {

  private static StubServer freshStub() {
    return StubServer.start(StubSettings.ephemeral().withControlApi(ControlApiSettings.OPEN));
  }

  private static StubHttp.Reply send(StubServer stub, String method, String path) {
    return new StubHttp(stub).create("").rootPath(path).method(method).noAuth().send();
  }

  @ParameterizedTest
  @CsvSource({"GET, /__stub/fidelity", "GET, /__stub/faults", "POST, /__stub/reset",
      "GET, /__stub/accounts/" + StubHttp.ACCOUNT + "/gre_tunnels", "GET, /__stub/nowhere",
      "GET, /openapi.json", "GET, /openapi.yaml", "GET, /docs/"})
  void theFirstRequestOfAFreshStubIsAnsweredAsTheNextOne(String method, String path) {
    try (StubServer stub = freshStub()) {
      StubHttp.Reply first = send(stub, method, path);
      StubHttp.Reply second = send(stub, method, path);

      assertThat(first.status()).as("%s", first).isEqualTo(second.status()).isNotEqualTo(500);
      assertThat(first.text()).isEqualTo(second.text());
      assertThat(first.headers().firstValue("Content-Type")).isEqualTo(second.headers().firstValue("Content-Type"));
    }
  }

  @Test
  void severalFirstControlRequestsAtOnceAllGetTheSameAnswer() throws Exception {
    int clients = 6;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try (StubServer stub = freshStub()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<StubHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Callable<StubHttp.Reply> call = () -> {
          go.await();
          return send(stub, "GET", "/__stub/fidelity");
        };
        replies.add(pool.submit(call));
      }
      go.countDown();
      String expected = send(stub, "GET", "/__stub/fidelity").text();
      for (Future<StubHttp.Reply> reply : replies) {
        assertThat(reply.get().status()).isEqualTo(200);
        assertThat(reply.get().text()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLazyHandlerNeverCalledIsNeverBuiltNorBuiltAfterItsStop() {
    AtomicInteger builds = new AtomicInteger();
    LazyHttpHandler handler = new LazyHttpHandler("lazy", () -> {
      builds.incrementAndGet();
      throw new AssertionError("built");
    });

    handler.destroy();

    assertThat(handler.isBuilt()).isFalse();
    assertThat(builds).hasValue(0);
  }
}
