package dev.magicgre.stub.store;

import dev.magicgre.model.GreTunnel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The default store: one concurrent map per account, keyed by tunnel name, so the uniqueness check and the
 * insert are a single {@code putIfAbsent} and creates in different accounts never contend.
 */
public final class InMemoryTunnelStore implements TunnelStore {

  private final Map<String, Map<String, GreTunnel>> byAccount = new ConcurrentHashMap<>();
  private final LongAdder size = new LongAdder();

  @Override
  public boolean insertIfNameFree(String accountId, GreTunnel tunnel) {
    Map<String, GreTunnel> tunnels = byAccount.computeIfAbsent(accountId, id -> new ConcurrentHashMap<>());
    boolean stored = tunnels.putIfAbsent(tunnel.getName(), tunnel) == null;
    if (stored) {
      size.increment();
    }
    return stored;
  }

  @Override
  public boolean nameTaken(String accountId, String name) {
    Map<String, GreTunnel> tunnels = byAccount.get(accountId);
    return tunnels != null && tunnels.containsKey(name);
  }

  @Override
  public List<GreTunnel> tunnels(String accountId) {
    Map<String, GreTunnel> tunnels = byAccount.get(accountId);
    return tunnels == null ? List.of() : List.copyOf(tunnels.values());
  }

  @Override
  public long size() {
    return size.sum();
  }

  @Override
  public void clear() {
    byAccount.clear();
    size.reset();
  }
}
