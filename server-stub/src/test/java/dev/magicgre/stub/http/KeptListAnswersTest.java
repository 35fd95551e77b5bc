package dev.magicgre.stub.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.answer.AnswerJson;
import dev.magicgre.stub.store.InMemoryTunnelStore;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.store.TunnelStore.TunnelChange;
import dev.magicgre.stub.store.TunnelStore.Write;
import dev.magicgre.stub.tunnel.TargetForms;
import dev.magicgre.stub.validation.TargetForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The list answer kept as bytes: answered again only under the same stamp of the account and the same target
 * form, byte for byte what a rendering without keeping writes, never past its bounds, and never older than a
 * write that returned before the list began.
 */
class KeptListAnswersTest {

  private static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 3, 0, 0, 0, ZoneOffset.UTC);

  private final ObjectMapper answers = AnswerJson.writerOf(GreJson.newObjectMapper());
  private final InMemoryTunnelStore store = new InMemoryTunnelStore();
  private final AtomicInteger handedOver = new AtomicInteger();

  @Test
  void anUnchangedAccountIsAnsweredFromTheKeptBytesAndAWriteRendersItAgain() {
    KeptListAnswers kept = new KeptListAnswers();
    StreamedTunnelListWriter writer = new StreamedTunnelListWriter(answers, kept);
    store.insertAll(ACCOUNT, List.of(tunnel(1), tunnel(2)), Write.COMMIT);

    String first = list(writer, TargetForm.STRING);
    String second = list(writer, TargetForm.STRING);
    assertThat(handedOver).hasValue(1); // the second came from the kept bytes
    assertThat(second).isEqualTo(first).isEqualTo(uncached(TargetForm.STRING));

    String otherForm = list(writer, TargetForm.OBJECT);
    assertThat(handedOver).hasValue(2); // the other form is another answer
    assertThat(otherForm).isEqualTo(uncached(TargetForm.OBJECT)).isNotEqualTo(first);

    store.replaceAll(ACCOUNT, List.of(new TunnelChange(id(1), stored -> stored.description("changed"))),
        Write.COMMIT);
    String afterWrite = list(writer, TargetForm.STRING);
    assertThat(handedOver).hasValue(3);
    assertThat(afterWrite).contains("changed").isEqualTo(uncached(TargetForm.STRING));
    assertThat(list(writer, TargetForm.OBJECT)).contains("changed").isEqualTo(uncached(TargetForm.OBJECT));
  }

  @Test
  void aMappedListNeitherUsesNorFillsTheKeptBytes() {
    KeptListAnswers kept = new KeptListAnswers();
    StreamedTunnelListWriter writer = new StreamedTunnelListWriter(answers, kept);
    store.insertAll(ACCOUNT, List.of(tunnel(1)), Write.COMMIT);
    String real = list(writer, TargetForm.STRING);

    String mapped = write(writer, listOf(TargetForm.STRING).map(tunnel -> tunnel.description("broken")));
    assertThat(mapped).contains("broken");
    assertThat(list(writer, TargetForm.STRING)).isEqualTo(real).doesNotContain("broken");
  }

  @Test
  void anAnswerAboveTheLimitIsStreamedWholeAndNotKept() {
    KeptListAnswers kept = new KeptListAnswers(2_000, 1 << 20);
    StreamedTunnelListWriter writer = new StreamedTunnelListWriter(answers, kept);
    List<GreTunnel> many = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      many.add(tunnel(i));
    }
    store.insertAll(ACCOUNT, many, Write.COMMIT);

    String answer = list(writer, TargetForm.STRING);
    assertThat(answer.length()).isGreaterThan(2_000);
    assertThat(answer).isEqualTo(uncached(TargetForm.STRING));
    assertThat(kept.bytesKept()).isZero();
    list(writer, TargetForm.STRING);
    assertThat(handedOver).hasValue(2);
  }

  @Test
  void theKeptBytesStayUnderTheirBoundWhateverIsKept() {
    long bound = 10_000;
    KeptListAnswers kept = new KeptListAnswers(3_000, bound);
    for (int account = 0; account < 200; account++) {
      byte[] answer = new byte[1_000 + account * 10];
      kept.keep(String.format("%032x", account), TargetForm.values()[account % 2], account + 1L, answer,
          answer.length);
      assertThat(kept.bytesKept()).isLessThanOrEqualTo(bound);
    }
    assertThat(kept.bytesKept()).isGreaterThan(bound - 3_000); // dropped only what was needed
  }

  @Test
  void anOlderRenderingNeverReplacesANewerOne() {
    KeptListAnswers kept = new KeptListAnswers();
    kept.keep(ACCOUNT, TargetForm.STRING, 7, new byte[] {7}, 1);
    kept.keep(ACCOUNT, TargetForm.STRING, 6, new byte[] {6}, 1);

    assertThat(kept.find(ACCOUNT, TargetForm.STRING, 7).buffer()).containsExactly(7);
    assertThat(kept.find(ACCOUNT, TargetForm.STRING, 6)).isNull();
    assertThat(kept.find(ACCOUNT, TargetForm.OBJECT, 7)).isNull();
    assertThat(kept.bytesKept()).isEqualTo(1);
  }

  /**
   * Writers insert and change tunnels while listers list: each list must hold at least every insert and the
   * latest change that returned before it began, and, once the writers stop, equal a rendering without keeping.
   */
  @Test
  void noListIsOlderThanAWriteThatReturnedBeforeItBegan() throws Exception {
    StreamedTunnelListWriter writer = new StreamedTunnelListWriter(answers, new KeptListAnswers());
    store.insertAll(ACCOUNT, List.of(tunnel(0).description("0")), Write.COMMIT);
    AtomicInteger inserted = new AtomicInteger(1);
    AtomicInteger changed = new AtomicInteger();
    AtomicBoolean writing = new AtomicBoolean(true);
    int writes = 400;

    CompletableFuture<Void> inserts = CompletableFuture.runAsync(() -> {
      for (int i = 1; i <= writes; i++) {
        store.insertAll(ACCOUNT, List.of(tunnel(i)), Write.COMMIT);
        inserted.incrementAndGet();
      }
    });
    CompletableFuture<Void> changes = CompletableFuture.runAsync(() -> {
      for (int i = 1; i <= writes; i++) {
        String version = Integer.toString(i);
        store.replaceAll(ACCOUNT, List.of(new TunnelChange(id(0), stored -> stored.description(version))),
            Write.COMMIT);
        changed.set(i);
      }
    });
    CompletableFuture<Void> writers = CompletableFuture.allOf(inserts, changes)
        .whenComplete((done, failure) -> writing.set(false));
    List<CompletableFuture<Integer>> listers = new ArrayList<>();
    for (int l = 0; l < 2; l++) {
      listers.add(CompletableFuture.supplyAsync(() -> {
        int lists = 0;
        while (writing.get()) {
          int atLeastTunnels = inserted.get();
          int atLeastVersion = changed.get();
          JsonNode tunnels = parse(list(writer, TargetForm.STRING)).path("result").path("gre_tunnels");
          assertThat(tunnels.size()).isGreaterThanOrEqualTo(atLeastTunnels);
          assertThat(Integer.parseInt(tunnels.get(0).path("description").asText()))
              .isGreaterThanOrEqualTo(atLeastVersion);
          lists++;
        }
        return lists;
      }));
    }

    writers.get(60, TimeUnit.SECONDS);
    for (CompletableFuture<Integer> lister : listers) {
      assertThat(lister.get(60, TimeUnit.SECONDS)).isPositive();
    }
    assertThat(list(writer, TargetForm.STRING)).isEqualTo(uncached(TargetForm.STRING));
  }

  private StreamedTunnelList listOf(TargetForm form) {
    return StreamedTunnelList.stamped(ACCOUNT, form, () -> store.stamp(ACCOUNT), each -> {
      handedOver.incrementAndGet();
      return store.forEachStamped(ACCOUNT, tunnel -> each.accept(TargetForms.render(tunnel, form)));
    });
  }

  private String list(StreamedTunnelListWriter writer, TargetForm form) {
    return write(writer, listOf(form));
  }

  /** The answer as written without anything kept: a fresh writer, an unstamped list. */
  private String uncached(TargetForm form) {
    return write(new StreamedTunnelListWriter(answers, new KeptListAnswers(0, 0)), new StreamedTunnelList(
        each -> store.forEach(ACCOUNT, tunnel -> each.accept(TargetForms.render(tunnel, form)))));
  }

  private static String write(StreamedTunnelListWriter writer, StreamedTunnelList list) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.writeTo(list, StreamedTunnelList.class, null, null, null, null, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private JsonNode parse(String json) {
    try {
      return answers.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String id(int n) {
    return String.format("%032x", n + 1);
  }

  private static GreTunnel tunnel(int n) {
    return new GreTunnel(id(n), "GRE_" + n, "203.0.113.1", "203.0.113.2", "10.212.0.0/31")
        .mtu(1476).ttl(64).createdOn(NOW).modifiedOn(NOW)
        .healthCheck(new dev.magicgre.model.GreTunnelHealthCheck()
            .target(dev.magicgre.model.HealthCheckTarget.ofSavedAndEffective("", "203.0.113.2")));
  }
}
