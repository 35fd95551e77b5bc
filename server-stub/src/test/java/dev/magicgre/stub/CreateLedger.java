package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.store.TunnelStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the stub answered, kept by the client side, to hold the store against: every tunnel a 200 answer created
 * or changed (id and name, per account) must be in the store as answered, a deleted one must be gone, and the
 * store must hold nothing else. It also counts the answers by
 * class, for the figures the fuzz tests report. Thread-safe: the race test records from many threads.
 */
final class CreateLedger {

  /** account -> tunnel id -> name, of every create answered 200 (validate_only excluded). */
  private final Map<String, Map<String, String>> created = new ConcurrentHashMap<>();
  private final LongAdder cases = new LongAdder();
  private final LongAdder ok = new LongAdder();
  private final LongAdder clientErrors = new LongAdder();
  private final LongAdder serverErrors = new LongAdder();
  private final LongAdder unanswered = new LongAdder();

  /** Counts one create and, for a 200 that stores, remembers its tunnels. */
  void record(String account, StubHttp.Reply reply, boolean stores) {
    record(account, "POST", reply, stores);
  }

  /**
   * Counts one request of any method and, for a 200 that changes the store, remembers what it did: the tunnels a
   * create made (one, or {@code gre_tunnels}), an update's new names, a delete's removal. Reads change nothing.
   */
  void record(String account, String method, StubHttp.Reply reply, boolean stores) {
    cases.increment();
    if (reply == null) {
      unanswered.increment();
      return;
    }
    if (reply.status() >= 500) {
      serverErrors.increment();
    } else if (reply.status() >= 400) {
      clientErrors.increment();
    } else if (reply.status() == 200) {
      ok.increment();
      if (stores) {
        remember(account, method, reply.result());
      }
    }
  }

  private void remember(String account, String method, JsonNode result) {
    Map<String, String> tunnels = created.computeIfAbsent(account, key -> new ConcurrentHashMap<>());
    switch (method) {
      case "POST" -> {
        for (JsonNode tunnel : result.has("gre_tunnels") ? listOf(result.get("gre_tunnels")) : List.of(result)) {
          String previous = tunnels.put(tunnel.path("id").asText(), tunnel.path("name").asText());
          assertThat(previous).as("tunnel id %s answered twice", tunnel.path("id").asText()).isNull();
        }
      }
      case "PUT" -> {
        JsonNode changed = result.has("modified_gre_tunnels") ? result.get("modified_gre_tunnels")
            : StubHttp.JSON.createArrayNode().add(result.get("modified_gre_tunnel"));
        changed.forEach(tunnel -> tunnels.put(tunnel.path("id").asText(), tunnel.path("name").asText()));
      }
      case "DELETE" -> tunnels.remove(result.path("deleted_gre_tunnel").path("id").asText());
      default -> {
        // a read: nothing changed
      }
    }
  }

  private static List<JsonNode> listOf(JsonNode array) {
    List<JsonNode> items = new java.util.ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** The store holds exactly the tunnels answered 200: none lost, none extra, none twice. */
  void assertStoreMatches(TunnelStore store) {
    long expected = 0;
    for (Map.Entry<String, Map<String, String>> account : created.entrySet()) {
      Map<String, String> stored = new HashMap<>();
      List<GreTunnel> tunnels = store.list(account.getKey());
      for (GreTunnel tunnel : tunnels) {
        assertThat(stored.put(tunnel.getId(), tunnel.getName())).as("tunnel %s stored twice", tunnel.getId()).isNull();
      }
      assertThat(new TreeMap<>(stored)).as("tunnels of account %s", account.getKey())
          .isEqualTo(new TreeMap<>(account.getValue()));
      expected += account.getValue().size();
    }
    assertThat(store.size()).as("tunnels in all accounts").isEqualTo(expected);
  }

  long serverErrors() {
    return serverErrors.sum();
  }

  /** The counts, and how many answered tunnels the store lacks (lost) or holds beyond them (duplicated/extra). */
  String figures(TunnelStore store) {
    long stored = created.values().stream().mapToLong(Map::size).sum();
    long lost = 0;
    long present = 0;
    for (Map.Entry<String, Map<String, String>> account : created.entrySet()) {
      Map<String, String> inStore = new HashMap<>();
      store.list(account.getKey()).forEach(tunnel -> inStore.put(tunnel.getId(), tunnel.getName()));
      for (Map.Entry<String, String> tunnel : account.getValue().entrySet()) {
        if (tunnel.getValue().equals(inStore.get(tunnel.getKey()))) {
          present++;
        } else {
          lost++;
        }
      }
    }
    long duplicated = store.size() - present;
    return "cases=" + cases.sum() + ", 200=" + ok.sum() + " (" + stored + " stored), 4xx=" + clientErrors.sum()
        + ", 5xx=" + serverErrors.sum() + ", unanswered=" + unanswered.sum() + ", tunnels lost=" + lost
        + ", duplicated or extra=" + duplicated;
  }
}
