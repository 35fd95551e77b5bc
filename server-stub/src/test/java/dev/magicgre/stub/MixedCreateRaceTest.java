package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #8, point 2: valid, duplicate and invalid creates, mixed and shuffled, fired together from many threads
 * at several accounts (two the token may write to, one it may not). Afterwards the store is checked against the
 * 200 answers one by one: every tunnel answered 200 is stored in its account under its id and name, and the
 * store holds nothing else. Outcomes only, never timing.
 */
class MixedCreateRaceTest {

  private static final int THREADS = 24;
  private static final String FOREIGN_ACCOUNT = "0123456789abcdef0123456789abcdef";
  private static final List<String> ACCOUNTS = List.of(StubHttp.ACCOUNT, StubHttp.OTHER_ACCOUNT, FOREIGN_ACCOUNT);

  private static StubServer server;
  private static StubHttp http;

  @BeforeAll
  static void start() {
    server = StubServer.start(StubSettings.ephemeral());
    http = new StubHttp(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** One request of the mix and what the test knows it must get. */
  record Create(String account, String body, String kind) {
  }

  @Test
  void theStoreHoldsExactlyTheTunnelsAnswered200() throws Exception {
    List<Create> creates = new ArrayList<>();
    for (String account : ACCOUNTS) {
      for (int i = 0; i < 30; i++) {
        String name = "R" + i;
        creates.add(new Create(account, Bodies.minimal(name).toString(), "valid"));
        // the same name again, and again with other fields: only one of the three may win
        creates.add(new Create(account, Bodies.minimal(name).toString(), "duplicate"));
        creates.add(new Create(account, Bodies.set(Bodies.minimal(name), "/mtu", "1400").toString(), "duplicate"));
        creates.add(new Create(account, Bodies.with("/mtu", "\"big\"").put("name", "X" + i).toString(), "invalid"));
        creates.add(new Create(account, "{\"name\": \"Y" + i + "\",", "invalid"));
      }
    }
    Collections.shuffle(creates, new Random(8));
    CreateLedger ledger = new CreateLedger();

    List<StubHttp.Reply> replies = race(creates);

    for (int i = 0; i < creates.size(); i++) {
      Create create = creates.get(i);
      StubHttp.Reply reply = replies.get(i);
      ledger.record(create.account(), reply, true);
      if (FOREIGN_ACCOUNT.equals(create.account())) {
        Expect.failure(reply, 403, 10000, null);
      } else if ("invalid".equals(create.kind())) {
        Expect.failure(reply, 400);
      } else if (reply.status() != 200) {
        Expect.failure(reply, 400, 1004, "/name");
      }
    }
    ledger.assertStoreMatches(server.store());
    // exactly one winner per name and writable account, whatever the interleaving
    for (String account : List.of(StubHttp.ACCOUNT, StubHttp.OTHER_ACCOUNT)) {
      assertThat(server.store().list(account)).extracting(tunnel -> tunnel.getName())
          .doesNotHaveDuplicates().hasSize(30).allMatch(name -> name.startsWith("R"));
    }
    assertThat(server.store().list(FOREIGN_ACCOUNT)).isEmpty();
    assertThat(ledger.serverErrors()).isZero();
    System.out.println("HARDENING FIGURES MixedCreateRaceTest: " + ledger.figures(server.store()));
  }

  /** Every create on a pool of threads, all released together; the replies in the order of the creates. */
  private static List<StubHttp.Reply> race(List<Create> creates) throws Exception {
    List<Callable<StubHttp.Reply>> calls = new ArrayList<>();
    for (Create create : creates) {
      calls.add(() -> http.create(create.body()).account(create.account()).send());
    }
    return Race.run(THREADS, calls);
  }
}
