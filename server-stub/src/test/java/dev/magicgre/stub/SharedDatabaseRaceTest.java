package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.store.NameTakenException;
import dev.magicgre.stub.store.StoreOptions;
import dev.magicgre.stub.store.ThrowawayPostgres;
import dev.magicgre.stub.store.TunnelNotFoundException;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.store.TunnelStore.TunnelChange;
import dev.magicgre.stub.store.TunnelStore.Write;
import dev.magicgre.stub.store.TunnelStores;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 3: two stubs, each with its own store (its own pool, no lock in common), on one PostgreSQL
 * database. What one is told, the other sees at once; racing writes through both keep every rule, because the
 * database keeps them. Every race is checked outcome by outcome against the database, never by timing.
 */
class SharedDatabaseRaceTest {

  private static final int THREADS = 16;
  private static final String ACCOUNT = StubHttp.ACCOUNT;

  private static TunnelStore storeA;
  private static TunnelStore storeB;
  private static StubServer stubA;
  private static StubServer stubB;

  @BeforeAll
  static void startTwoStubsOnOneDatabase() {
    StoreOptions options = new StoreOptions(ThrowawayPostgres.shared().newDatabase(), ThrowawayPostgres.USER,
        ThrowawayPostgres.PASSWORD);
    storeA = TunnelStores.open(options);
    storeB = TunnelStores.open(options);
    stubA = StubServer.start(StubSettings.ephemeral(), storeA);
    stubB = StubServer.start(StubSettings.ephemeral(), storeB);
  }

  @AfterAll
  static void stop() {
    stubA.close();
    stubB.close();
    storeA.close();
    storeB.close();
  }

  @BeforeEach
  void empty() {
    storeA.clear();
  }

  @Test
  void aTunnelCreatedThroughOneIsSeenByTheOtherAtOnce() {
    StubHttp.Reply created = new StubHttp(stubA).create(Bodies.minimal("SEEN")).send();
    String id = Expect.success(created).path("id").asText();

    assertThat(stubB.store().find(ACCOUNT, id)).map(GreTunnel::getName).contains("SEEN");
    assertThat(stubB.store().list(ACCOUNT)).extracting(GreTunnel::getId).containsExactly(id);
    Expect.failure(new StubHttp(stubB).create(Bodies.minimal("SEEN")).send(), 400, 1004, "/name");
  }

  @Test
  void oneNameCreatedThroughBothAtOnceIsGrantedOnceAndRefusedToAllTheOthers() throws Exception {
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      StubHttp http = new StubHttp(i % 2 == 0 ? stubA : stubB);
      calls.add(() -> http.create(Bodies.minimal("RACE")).send());
    }

    List<StubHttp.Reply> replies = Race.run(THREADS, calls);

    List<StubHttp.Reply> granted = replies.stream().filter(reply -> reply.status() == 200).toList();
    assertThat(granted).hasSize(1);
    replies.stream().filter(reply -> reply.status() != 200).forEach(reply -> Expect.failure(reply, 400, 1004, "/name"));
    String id = granted.get(0).result().path("id").asText();
    assertThat(storeA.list(ACCOUNT)).extracting(GreTunnel::getId).containsExactly(id);
    assertThat(storeB.list(ACCOUNT)).extracting(GreTunnel::getId).containsExactly(id);
  }

  @Test
  void manyNamesTwiceEachThroughBothLoseAndDuplicateNothing() throws Exception {
    int names = 40;
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < names; i++) {
      String name = "T" + i;
      calls.add(() -> new StubHttp(stubA).create(Bodies.minimal(name)).send());
      calls.add(() -> new StubHttp(stubB).create(Bodies.minimal(name)).send());
    }

    List<StubHttp.Reply> replies = Race.run(THREADS, calls);

    Set<String> answeredIds = new HashSet<>();
    for (int i = 0; i < names; i++) {
      StubHttp.Reply viaA = replies.get(2 * i);
      StubHttp.Reply viaB = replies.get(2 * i + 1);
      assertThat(List.of(viaA.status(), viaB.status())).as("name T%d", i).containsExactlyInAnyOrder(200, 400);
      StubHttp.Reply winner = viaA.status() == 200 ? viaA : viaB;
      Expect.failure(winner == viaA ? viaB : viaA, 400, 1004, "/name");
      answeredIds.add(winner.result().path("id").asText());
    }
    assertThat(storeB.list(ACCOUNT)).extracting(GreTunnel::getId).containsExactlyInAnyOrderElementsOf(answeredIds);
  }

  /** A bulk create through one and single creates of some of its names through the other: the bulk is all or nothing. */
  @Test
  void aBulkCreateRacingSinglesOfItsNamesIsKeptWholeOrRefusedWhole() throws Exception {
    int rounds = 20;
    int bulkSize = 8;
    for (int round = 0; round < rounds; round++) {
      String prefix = "R" + round + "_";
      List<GreTunnel> bulk = new ArrayList<>();
      for (int i = 0; i < bulkSize; i++) {
        bulk.add(tunnel(prefix + i));
      }
      List<Callable<Object>> calls = new ArrayList<>();
      calls.add(() -> outcome(() -> storeA.insertAll(ACCOUNT, bulk, Write.COMMIT)));
      List<GreTunnel> singles = List.of(tunnel(prefix + 2), tunnel(prefix + 5));
      for (GreTunnel single : singles) {
        calls.add(() -> outcome(() -> storeB.insertAll(ACCOUNT, List.of(single), Write.COMMIT)));
      }

      List<Object> outcomes = Race.run(3, calls);

      Set<String> stored = new HashSet<>();
      storeA.list(ACCOUNT).stream().filter(t -> t.getName().startsWith(prefix)).forEach(t -> stored.add(t.getId()));
      if (outcomes.get(0) == null) {
        // the bulk won: all of it is there, and both singles were refused for its names
        assertThat(outcomes.subList(1, 3)).allSatisfy(o -> assertThat(o).isInstanceOf(NameTakenException.class));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(bulk.stream().map(GreTunnel::getId).toList());
      } else {
        // the bulk lost to at least one single: none of it is there, and the names it was refused for are
        // singles that won (a single may also win after the bulk was refused, so not necessarily all of them)
        List<String> wonSingles = new ArrayList<>();
        for (int i = 0; i < singles.size(); i++) {
          if (outcomes.get(i + 1) == null) {
            wonSingles.add(singles.get(i).getName());
          } else {
            assertThat(outcomes.get(i + 1)).isInstanceOf(NameTakenException.class);
          }
        }
        assertThat(wonSingles).isNotEmpty();
        assertThat(((NameTakenException) outcomes.get(0)).names()).isNotEmpty().isSubsetOf(wonSingles);
        assertThat(stored).hasSize(wonSingles.size()).doesNotContainAnyElementsOf(bulk.stream().map(GreTunnel::getId).toList());
      }
    }
  }

  /** A delete through one and an update of the same tunnel through the other: one after the other, never a mix. */
  @Test
  void aDeleteRacingAnUpdateOfTheSameTunnelHappensBeforeOrAfterIt() throws Exception {
    for (int round = 0; round < 30; round++) {
      GreTunnel original = tunnel("D" + round);
      storeA.insert(ACCOUNT, original);
      String renamed = "U" + round;

      List<Object> outcomes = Race.run(2, List.of(
          () -> storeA.delete(ACCOUNT, original.getId(), Write.COMMIT),
          () -> outcome(() -> storeB.replaceAll(ACCOUNT,
              List.of(new TunnelChange(original.getId(), t -> t.name(renamed).description("updated"))), Write.COMMIT))));

      @SuppressWarnings("unchecked")
      GreTunnel deleted = ((Optional<GreTunnel>) outcomes.get(0)).orElseThrow();
      if (outcomes.get(1) instanceof TunnelNotFoundException) {
        assertThat(deleted).as("round %d: deleted first, so as it was created", round).isEqualTo(original);
      } else {
        assertThat(outcomes.get(1)).as("round %d", round).isNull();
        assertThat(deleted.getName()).as("round %d: updated first, so the delete answers the update", round).isEqualTo(renamed);
        assertThat(deleted.getDescription()).isEqualTo("updated");
      }
      assertThat(storeA.find(ACCOUNT, original.getId())).isEmpty();
      assertThat(storeB.find(ACCOUNT, original.getId())).isEmpty();
    }
    assertThat(storeB.size()).isZero();
  }

  /** Updates of one tunnel through both, each a read-modify-write: none is lost (the row is locked for each). */
  @Test
  void concurrentUpdatesOfOneTunnelThroughBothLoseNone() throws Exception {
    GreTunnel counter = tunnel("COUNTER").description("0");
    storeA.insert(ACCOUNT, counter);
    int updates = 40;
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < updates; i++) {
      TunnelStore store = i % 2 == 0 ? storeA : storeB;
      calls.add(() -> store.replaceAll(ACCOUNT, List.of(new TunnelChange(counter.getId(),
          t -> t.description(String.valueOf(Integer.parseInt(t.getDescription()) + 1)))), Write.COMMIT));
    }

    Race.run(THREADS, calls);

    assertThat(storeB.find(ACCOUNT, counter.getId()).orElseThrow().getDescription()).isEqualTo(String.valueOf(updates));
  }

  /** Two bulk renames swapping names in opposite orders through both: each is whole, the names stay unique. */
  @Test
  void opposingBulkSwapsThroughBothKeepNamesUnique() throws Exception {
    GreTunnel x = tunnel("X");
    GreTunnel y = tunnel("Y");
    storeA.insertAll(ACCOUNT, List.of(x, y), Write.COMMIT);
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      TunnelStore store = i % 2 == 0 ? storeA : storeB;
      List<TunnelChange> swap = i % 2 == 0
          ? List.of(new TunnelChange(x.getId(), t -> t.name(other(t.getName()))), new TunnelChange(y.getId(), t -> t.name(other(t.getName()))))
          : List.of(new TunnelChange(y.getId(), t -> t.name(other(t.getName()))), new TunnelChange(x.getId(), t -> t.name(other(t.getName()))));
      calls.add(() -> outcome(() -> store.replaceAll(ACCOUNT, swap, Write.COMMIT)));
    }

    List<Object> outcomes = Race.run(THREADS, calls);

    assertThat(outcomes).allSatisfy(o -> assertThat(o).isNull());
    // twenty swaps: back where it started
    assertThat(storeB.list(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("X", "Y");
  }

  private static String other(String name) {
    return "X".equals(name) ? "Y" : "X";
  }

  private static GreTunnel tunnel(String name) {
    OffsetDateTime now = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    return new GreTunnel(java.util.UUID.randomUUID().toString().replace("-", ""), name, "203.0.113.1", "203.0.113.2",
        "10.212.0.0/31").createdOn(now).modifiedOn(now);
  }

  /** Null when the write went through, else the store's refusal (other failures fail the test). */
  private static Object outcome(Runnable write) {
    try {
      write.run();
      return null;
    } catch (NameTakenException | TunnelNotFoundException refused) {
      return refused;
    }
  }
}
