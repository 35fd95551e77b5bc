package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.store.StoreOptions;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.store.TunnelStores;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 2: the file store loses nothing it acknowledged. A stub in a JVM of its own takes creates
 * from several threads at once (new names, names it already granted, invalid bodies); once enough have been
 * answered it is killed with SIGKILL while requests are still in flight. Then the file is compared with the
 * answers: every 200 is there as answered, nothing that got a 4xx is, and nothing else but requests whose
 * answer the kill cut off. Then the stub itself is restarted on the file and still refuses the names it granted.
 */
class FileStoreCrashTest {

  private static final int THREADS = 8;
  private static final int ANSWERS_BEFORE_THE_KILL = 400;
  /** Bounds each thread should the kill never come (it comes after {@value #ANSWERS_BEFORE_THE_KILL} answers). */
  private static final int MAX_REQUESTS_PER_THREAD = 2000;

  @TempDir
  Path dir;

  private final Map<String, String> granted = new ConcurrentHashMap<>();
  private final Set<String> refusedAsTaken = ConcurrentHashMap.newKeySet();
  private final Set<String> refusedAsInvalid = ConcurrentHashMap.newKeySet();
  private final Set<String> cutOff = ConcurrentHashMap.newKeySet();
  private final List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Test
  void everyAcknowledgedCreateSurvivesKillNineAndNoRefusedOneIsThere() throws Exception {
    String store = "file:" + dir.resolve("tunnels");
    try (StubProcess stub = StubProcess.listening("--store", store)) {
      URI baseUri = stub.baseUri();
      CountDownLatch answers = new CountDownLatch(ANSWERS_BEFORE_THE_KILL);
      ExecutorService load = Executors.newFixedThreadPool(THREADS);
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        load.submit(() -> createUntilCutOff(baseUri, thread, answers));
      }
      assertThat(answers.await(120, TimeUnit.SECONDS)).as("answers before the kill").isTrue();
      stub.kill();
      load.shutdown();
      assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).as("the load ended with the stub").isTrue();
    }
    assertThat(unexpected).isEmpty();
    assertThat(granted).hasSizeGreaterThan(ANSWERS_BEFORE_THE_KILL / 2);
    assertThat(refusedAsTaken).isNotEmpty();
    assertThat(refusedAsInvalid).isNotEmpty();

    try (TunnelStore file = TunnelStores.open(new StoreOptions(store, null, null))) {
      Map<String, GreTunnel> stored = file.list(StubHttp.ACCOUNT).stream()
          .collect(Collectors.toMap(GreTunnel::getName, Function.identity()));
      granted.forEach((name, id) -> assertThat(stored.get(name)).as("granted %s", name).isNotNull()
          .extracting(GreTunnel::getId).isEqualTo(id));
      refusedAsTaken.forEach(name -> assertThat(stored.get(name).getId()).as("refused again %s", name).isEqualTo(granted.get(name)));
      assertThat(stored.keySet()).doesNotContainAnyElementsOf(refusedAsInvalid);
      Set<String> unexplained = stored.keySet().stream()
          .filter(name -> !granted.containsKey(name) && !cutOff.contains(name)).collect(Collectors.toSet());
      assertThat(unexplained).as("stored, but neither granted nor cut off by the kill").isEmpty();
    }

    try (StubProcess restarted = StubProcess.listening("--store", store)) {
      StubHttp.Call again = new StubHttp.Call(restarted.baseUri()).body(Bodies.minimal(granted.keySet().iterator().next()).toString());
      Expect.failure(again.send(), 400, 1004, "/name");
    }
  }

  /** One client: mostly new names, every 4th a name it was granted, every 5th an invalid body; until the kill. */
  private void createUntilCutOff(URI baseUri, int thread, CountDownLatch answers) {
    String lastGranted = null;
    for (int i = 0; i < MAX_REQUESTS_PER_THREAD; i++) {
      String name;
      String body;
      Kind kind;
      if (i % 4 == 3 && lastGranted != null) {
        kind = Kind.TAKEN;
        name = lastGranted;
        body = Bodies.minimal(name).toString();
      } else if (i % 5 == 4) {
        kind = Kind.INVALID;
        name = "x" + thread + "_" + i;
        body = Bodies.minimal(name).put("mtu", 10).toString();
      } else {
        kind = Kind.NEW;
        name = "c" + thread + "_" + i;
        body = Bodies.minimal(name).toString();
      }
      StubHttp.Reply reply;
      try {
        reply = new StubHttp.Call(baseUri).body(body).send();
      } catch (UncheckedIOException killed) {
        cutOff.add(name);
        return;
      }
      if (kind == Kind.NEW && reply.status() == 200) {
        granted.put(name, reply.result().path("id").asText());
        lastGranted = name;
      } else if (kind == Kind.TAKEN && reply.status() == 400 && reply.text().contains("\"code\":1004")) {
        refusedAsTaken.add(name);
      } else if (kind == Kind.INVALID && reply.status() == 400) {
        refusedAsInvalid.add(name);
      } else {
        unexpected.add(kind + " " + name + ": " + reply);
      }
      answers.countDown();
    }
  }

  private enum Kind { NEW, TAKEN, INVALID }
}
