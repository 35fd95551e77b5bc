package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.GreTunnel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #3, point 7: racing creates. Every request waits at a gate and all are let go together; the checks
 * are on outcomes only (counts, the store), never on timing.
 */
class ConcurrencyTest {

  private static final int THREADS = 16;

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  @Test
  void manyCreatesOfOneNameInOneAccountGiveExactlyOne200() throws Exception {
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      calls.add(() -> STUB.http().create(Bodies.minimal("RACE")).send());
    }

    List<StubHttp.Reply> replies = race(calls);

    assertThat(replies).filteredOn(reply -> reply.status() == 200).hasSize(1);
    List<StubHttp.Reply> refused = replies.stream().filter(reply -> reply.status() != 200).toList();
    assertThat(refused).hasSize(31);
    refused.forEach(reply -> Expect.failure(reply, 400, 1004, "/name"));
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).hasSize(1);
  }

  @Test
  void racingCreatesAcrossAccountsLoseAndDuplicateNothing() throws Exception {
    int names = 40;
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (String account : List.of(StubHttp.ACCOUNT, StubHttp.OTHER_ACCOUNT)) {
      for (int i = 0; i < names; i++) {
        String name = "T" + i;
        // each name twice per account: one must win, one must be told the name is taken
        calls.add(() -> STUB.http().create(Bodies.minimal(name)).account(account).send());
        calls.add(() -> STUB.http().create(Bodies.minimal(name)).account(account).send());
      }
    }

    List<StubHttp.Reply> replies = race(calls);

    assertThat(replies).filteredOn(reply -> reply.status() == 200).hasSize(2 * names);
    replies.stream().filter(reply -> reply.status() != 200).forEach(reply -> Expect.failure(reply, 400, 1004, "/name"));
    Set<String> ids = new HashSet<>();
    for (String account : List.of(StubHttp.ACCOUNT, StubHttp.OTHER_ACCOUNT)) {
      List<GreTunnel> stored = STUB.server().store().list(account);
      assertThat(stored).extracting(GreTunnel::getName).doesNotHaveDuplicates().hasSize(names);
      stored.forEach(tunnel -> ids.add(tunnel.getId()));
    }
    assertThat(ids).hasSize(2 * names);
    assertThat(STUB.server().store().size()).isEqualTo(2L * names);
    Set<String> answeredIds = new HashSet<>();
    replies.stream().filter(reply -> reply.status() == 200).forEach(reply -> answeredIds.add(reply.result().path("id").asText()));
    assertThat(answeredIds).isEqualTo(ids);
  }

  private static List<StubHttp.Reply> race(List<Callable<StubHttp.Reply>> calls) throws Exception {
    return Race.run(THREADS, calls);
  }
}
