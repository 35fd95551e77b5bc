package dev.magicgre.stub.store;

import dev.magicgre.model.GreTunnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The default store: one concurrent map per account, keyed by tunnel name, so the uniqueness check and the
 * insert are a single {@code putIfAbsent} and creates in different accounts never contend. Tunnels are kept
 * as {@link CompactTunnel}s, a fraction of a {@link GreTunnel}'s size, so that a store of a million stays
 * inside a small heap and costs the garbage collector no more as it fills.
 */
public final class InMemoryTunnelStore implements TunnelStore {

  private final Map<String, Map<String, CompactTunnel>> byAccount = new ConcurrentHashMap<>();
  private final LongAdder size = new LongAdder();
  private final Interner interner = new Interner(4096);

  @Override
  public boolean insertIfNameFree(String accountId, GreTunnel tunnel) {
    Map<String, CompactTunnel> tunnels = byAccount.get(accountId);
    if (tunnels == null) {
      tunnels = byAccount.computeIfAbsent(accountId, id -> new ConcurrentHashMap<>());
    }
    if (tunnels.containsKey(tunnel.getName())) {
      return false;
    }
    boolean stored = tunnels.putIfAbsent(tunnel.getName(), new CompactTunnel(tunnel, interner)) == null;
    if (stored) {
      size.increment();
    }
    return stored;
  }

  @Override
  public boolean nameTaken(String accountId, String name) {
    Map<String, CompactTunnel> tunnels = byAccount.get(accountId);
    return tunnels != null && tunnels.containsKey(name);
  }

  @Override
  public List<GreTunnel> tunnels(String accountId) {
    Map<String, CompactTunnel> tunnels = byAccount.get(accountId);
    if (tunnels == null) {
      return List.of();
    }
    List<GreTunnel> copy = new ArrayList<>(tunnels.size());
    for (CompactTunnel tunnel : tunnels.values()) {
      copy.add(tunnel.toTunnel());
    }
    return List.copyOf(copy);
  }

  @Override
  public long size() {
    return size.sum();
  }

  @Override
  public void clear() {
    byAccount.clear();
    size.reset();
    interner.clear();
  }
}
