package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.model.GreTunnel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #12, point 5: racing writes of every kind. All requests of a race wait at one gate and are let go
 * together (see {@link Race}); the checks are on outcomes, answer by answer, and on the store: uniqueness never
 * breaks, no tunnel is lost or comes back, and no list ever shows half of a request of several.
 */
class LifecycleRaceTest {

  private static final int THREADS = 16;

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  @Test
  void racingRenamesToOneNameLetExactlyOneWin() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      ids.add(create("T" + i));
    }
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    ids.forEach(id -> calls.add(() -> STUB.http().update(id, Bodies.minimal("WINNER")).send()));

    List<StubHttp.Reply> replies = Race.run(THREADS, calls);

    List<String> winners = new ArrayList<>();
    for (int i = 0; i < replies.size(); i++) {
      if (replies.get(i).status() == 200) {
        winners.add(ids.get(i));
      } else {
        Expect.failure(replies.get(i), 400, 1004, "/name");
      }
    }
    assertThat(winners).hasSize(1);
    List<GreTunnel> stored = STUB.server().store().list(StubHttp.ACCOUNT);
    assertThat(stored).hasSize(24).extracting(GreTunnel::getName).doesNotHaveDuplicates();
    assertThat(stored).filteredOn(tunnel -> tunnel.getName().equals("WINNER")).extracting(GreTunnel::getId)
        .containsExactly(winners.get(0));
  }

  @Test
  void racingDeletesOfOneIdDeleteItOnce() throws Exception {
    String keep = create("KEEP");
    String id = create("GONE");
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      calls.add(() -> STUB.http().delete(id).send());
    }

    List<StubHttp.Reply> replies = Race.run(THREADS, calls);

    assertThat(replies).filteredOn(reply -> reply.status() == 200).hasSize(1)
        .allSatisfy(reply -> assertThat(Expect.success(reply).at("/deleted_gre_tunnel/name").asText()).isEqualTo("GONE"));
    replies.stream().filter(reply -> reply.status() != 200).forEach(reply -> Expect.failure(reply, 404, 1024, null));
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).extracting(GreTunnel::getId).containsExactly(keep);
  }

  @Test
  void aDeleteRacingAnUpdateNeverResurrectsTheTunnel() throws Exception {
    int pairs = 20;
    List<String> ids = new ArrayList<>();
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      String id = create("OLD" + i);
      ids.add(id);
      String newName = "NEW" + i;
      calls.add(() -> STUB.http().update(id, Bodies.minimal(newName)).send());
      calls.add(() -> STUB.http().delete(id).send());
    }

    List<StubHttp.Reply> replies = Race.run(THREADS, calls);

    for (int i = 0; i < pairs; i++) {
      StubHttp.Reply update = replies.get(2 * i);
      StubHttp.Reply delete = replies.get(2 * i + 1);
      JsonNode deleted = Expect.success(delete).path("deleted_gre_tunnel");
      if (update.status() == 200) {
        // the update came first: the delete removed the updated tunnel
        assertThat(deleted.path("name").asText()).isEqualTo("NEW" + i);
        assertThat(Expect.success(update).at("/modified_gre_tunnel/id").asText()).isEqualTo(ids.get(i));
      } else {
        // the delete came first: the update found nothing
        Expect.failure(update, 404, 1024, null);
        assertThat(deleted.path("name").asText()).isEqualTo("OLD" + i);
      }
    }
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }

  @Test
  void anUpdateOfSeveralRacingSingleCreatesIsAllOrNothing() throws Exception {
    int rounds = 20;
    List<String[]> pairs = new ArrayList<>();
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      String first = create("A" + r);
      String second = create("B" + r);
      pairs.add(new String[] {first, second});
      String wanted = "Q" + r;
      ObjectNode bulk = Bodies.several(Bodies.withId(first, Bodies.minimal("P" + r)), Bodies.withId(second, Bodies.minimal(wanted)));
      calls.add(() -> STUB.http().updateSeveral(bulk).send());
      calls.add(() -> STUB.http().create(Bodies.minimal(wanted)).send());
    }

    List<StubHttp.Reply> replies = Race.run(THREADS, calls);

    for (int r = 0; r < rounds; r++) {
      StubHttp.Reply bulk = replies.get(2 * r);
      StubHttp.Reply single = replies.get(2 * r + 1);
      GreTunnel first = STUB.server().store().find(StubHttp.ACCOUNT, pairs.get(r)[0]).orElseThrow();
      GreTunnel second = STUB.server().store().find(StubHttp.ACCOUNT, pairs.get(r)[1]).orElseThrow();
      if (bulk.status() == 200) {
        Expect.failure(single, 400, 1004, "/name");
        assertThat(List.of(first.getName(), second.getName())).containsExactly("P" + r, "Q" + r);
      } else {
        Expect.failure(bulk, 400, 1004, "/gre_tunnels/1/name");
        Expect.success(single);
        assertThat(List.of(first.getName(), second.getName())).as("nothing of a refused update").containsExactly("A" + r, "B" + r);
      }
    }
    List<GreTunnel> stored = STUB.server().store().list(StubHttp.ACCOUNT);
    assertThat(stored).extracting(GreTunnel::getName).doesNotHaveDuplicates();
  }

  @Test
  void aCreateOfSeveralRacingSingleCreatesIsAllOrNothing() throws Exception {
    int rounds = 20;
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      String contested = "C" + r;
      ObjectNode several = Bodies.several(Bodies.minimal("S" + r), Bodies.minimal(contested), Bodies.minimal("U" + r));
      calls.add(() -> STUB.http().create(several).send());
      calls.add(() -> STUB.http().create(Bodies.minimal(contested)).send());
    }

    List<StubHttp.Reply> replies = Race.run(THREADS, calls);

    Set<String> names = new HashSet<>();
    STUB.server().store().list(StubHttp.ACCOUNT).forEach(tunnel -> names.add(tunnel.getName()));
    for (int r = 0; r < rounds; r++) {
      StubHttp.Reply several = replies.get(2 * r);
      StubHttp.Reply single = replies.get(2 * r + 1);
      if (several.status() == 200) {
        Expect.failure(single, 400, 1004, "/name");
        assertThat(names).contains("S" + r, "C" + r, "U" + r);
      } else {
        Expect.failure(several, 400, 1004, "/gre_tunnels/1/name");
        Expect.success(single);
        assertThat(names).contains("C" + r).doesNotContain("S" + r, "U" + r);
      }
    }
    assertThat(STUB.server().store().size()).isEqualTo(names.size());
  }

  @Test
  void aConcurrentListNeverShowsHalfOfARequestOfSeveral() throws Exception {
    String first = create("FIRST");
    String second = create("SECOND");
    int rounds = 40;
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      // every update gives both tunnels the same new description; every create adds three tunnels of one round
      ObjectNode bulk = Bodies.several(Bodies.withId(first, described("FIRST", "round " + r)),
          Bodies.withId(second, described("SECOND", "round " + r)));
      calls.add(() -> STUB.http().updateSeveral(bulk).send());
      ObjectNode batch = Bodies.several(described("X" + r, "batch " + r), described("Y" + r, "batch " + r),
          described("Z" + r, "batch " + r));
      calls.add(() -> STUB.http().create(batch).send());
      calls.add(() -> STUB.http().list().send());
      calls.add(() -> STUB.http().list().send());
    }

    List<StubHttp.Reply> replies = Race.run(THREADS, calls);

    int lists = 0;
    for (int i = 0; i < replies.size(); i++) {
      StubHttp.Reply reply = replies.get(i);
      JsonNode result = Expect.success(reply);
      if (i % 4 < 2) {
        continue;
      }
      lists++;
      List<String> descriptions = new ArrayList<>();
      java.util.Map<String, Integer> batchSizes = new java.util.HashMap<>();
      for (JsonNode tunnel : result.path("gre_tunnels")) {
        String description = tunnel.path("description").asText("");
        if (tunnel.path("id").asText().equals(first) || tunnel.path("id").asText().equals(second)) {
          descriptions.add(description);
        } else {
          batchSizes.merge(description, 1, Integer::sum);
        }
      }
      assertThat(descriptions).as("the pair in %s", reply).hasSize(2);
      assertThat(descriptions.get(0)).as("both of the pair from one update").isEqualTo(descriptions.get(1));
      assertThat(batchSizes.values()).as("whole batches only").allMatch(size -> size == 3);
    }
    assertThat(lists).isEqualTo(2 * rounds);
  }

  private static ObjectNode described(String name, String description) {
    ObjectNode body = Bodies.minimal(name);
    body.put("description", description);
    return body;
  }

  private static String create(String name) {
    return Expect.success(STUB.http().create(Bodies.minimal(name)).send()).path("id").asText();
  }
}
