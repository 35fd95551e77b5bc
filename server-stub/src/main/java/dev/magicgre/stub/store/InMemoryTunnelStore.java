package dev.magicgre.stub.store;

import dev.magicgre.model.GreTunnel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The default store. Each account's tunnels sit behind the account's own lock, so a bulk write is checked
 * and applied as one step, a concurrent list never sees half of it, and accounts never contend with each
 * other. Tunnels are kept as {@link CompactTunnel}s, a fraction of a {@link GreTunnel}'s size, so that a
 * store of a million stays inside a small heap.
 */
public final class InMemoryTunnelStore implements TunnelStore {

  /** Stamps for every store of the JVM: an account reset (a new {@link Account}) never repeats an old stamp. */
  private static final AtomicLong STAMPS = new AtomicLong(UNSTAMPED);

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final LongAdder size = new LongAdder();
  private final Interner interner = new Interner(4096);

  @Override
  public void insertAll(String accountId, List<GreTunnel> tunnels, Write write) {
    withAccount(accountId, account -> {
      Set<String> refused = new LinkedHashSet<>();
      Set<String> names = new HashSet<>();
      for (GreTunnel tunnel : tunnels) {
        if (!names.add(tunnel.getName()) || account.tunnels.named(tunnel.getName()) != null) {
          refused.add(tunnel.getName());
        }
      }
      if (!refused.isEmpty()) {
        throw new NameTakenException(List.copyOf(refused));
      }
      if (write == Write.COMMIT) {
        for (GreTunnel tunnel : tunnels) {
          account.tunnels.add(new CompactTunnel(tunnel, interner));
        }
        size.add(tunnels.size());
        account.changed();
      }
      return null;
    });
  }

  @Override
  public Optional<GreTunnel> find(String accountId, String id) {
    Account account = accounts.get(accountId);
    if (account == null) {
      return Optional.empty();
    }
    synchronized (account) {
      if (account.retired) { // reset between the look-up and the lock: its tunnels are gone
        return Optional.empty();
      }
      int position = account.tunnels.positionOf(id);
      return position < 0 ? Optional.empty() : Optional.of(account.tunnels.at(position).toTunnel());
    }
  }

  /**
   * The snapshot is the account's references (a few bytes a tunnel, taken under its lock); each tunnel is
   * expanded only when handed on, so the full tunnels are never all in memory at once.
   */
  @Override
  public void forEach(String accountId, Consumer<? super GreTunnel> each) {
    forEachStamped(accountId, each);
  }

  /** The snapshot and its stamp are taken under the account's lock, as one step. */
  @Override
  public long forEachStamped(String accountId, Consumer<? super GreTunnel> each) {
    Account account = accounts.get(accountId);
    if (account == null) {
      return UNSTAMPED;
    }
    CompactTunnel[] snapshot;
    long stamp;
    synchronized (account) {
      snapshot = account.retired ? new CompactTunnel[0] : account.tunnels.snapshot();
      stamp = account.retired ? UNSTAMPED : account.stamp;
    }
    for (int i = 0; i < snapshot.length; i++) {
      if (snapshot[i] != null) { // null: a deleted tunnel's place
        each.accept(snapshot[i].toTunnel());
        snapshot[i] = null; // what was written can go
      }
    }
    return stamp;
  }

  /**
   * No lock: the stamp is volatile and written, under the account's lock, after the write's change, so a write
   * that has returned is seen. An account being reset may still answer its last stamp: the reset has not
   * returned yet.
   */
  @Override
  public long stamp(String accountId) {
    Account account = accounts.get(accountId);
    return account == null ? UNSTAMPED : account.stamp;
  }

  @Override
  public List<GreTunnel> replaceAll(String accountId, List<TunnelChange> changes, Write write) {
    return withAccount(accountId, account -> {
      List<String> missing = new ArrayList<>();
      int[] positions = new int[changes.size()];
      for (int i = 0; i < changes.size(); i++) {
        positions[i] = account.tunnels.positionOf(changes.get(i).id());
        if (positions[i] < 0) {
          missing.add(changes.get(i).id());
        }
      }
      if (!missing.isEmpty()) {
        throw new TunnelNotFoundException(missing);
      }
      List<GreTunnel> replacements = new ArrayList<>(changes.size());
      Set<String> changedIds = new HashSet<>();
      for (int i = 0; i < changes.size(); i++) {
        replacements.add(changes.get(i).change().apply(account.tunnels.at(positions[i]).toTunnel()));
        changedIds.add(changes.get(i).id());
      }
      checkNames(account, replacements, changedIds);
      if (write == Write.COMMIT) {
        for (int i = 0; i < positions.length; i++) {
          account.tunnels.replace(positions[i], new CompactTunnel(replacements.get(i), interner));
        }
        account.changed();
      }
      return replacements;
    });
  }

  /** Refuses names used twice among the replacements, or by a tunnel of the account that is not being replaced. */
  private static void checkNames(Account account, List<GreTunnel> replacements, Set<String> changedIds) {
    Set<String> refused = new LinkedHashSet<>();
    Set<String> names = new HashSet<>();
    for (GreTunnel replacement : replacements) {
      String name = replacement.getName();
      CompactTunnel holder = account.tunnels.named(name);
      boolean heldByOther = holder != null && !changedIds.contains(holder.id());
      if (!names.add(name) || heldByOther) {
        refused.add(name);
      }
    }
    if (!refused.isEmpty()) {
      throw new NameTakenException(List.copyOf(refused));
    }
  }

  @Override
  public Optional<GreTunnel> delete(String accountId, String id, Write write) {
    Account account = accounts.get(accountId);
    if (account == null) {
      return Optional.empty();
    }
    synchronized (account) {
      if (account.retired) { // reset between the look-up and the lock: the reset removed and counted it
        return Optional.empty();
      }
      int position = account.tunnels.positionOf(id);
      if (position < 0) {
        return Optional.empty();
      }
      CompactTunnel stored = account.tunnels.at(position);
      if (write == Write.COMMIT) {
        account.tunnels.remove(position);
        size.decrement();
        account.changed();
      }
      return Optional.of(stored.toTunnel());
    }
  }

  @Override
  public long clear() {
    long removed = 0;
    for (String accountId : List.copyOf(accounts.keySet())) {
      removed += clear(accountId);
    }
    interner.clear();
    return removed;
  }

  @Override
  public long clear(String accountId) {
    Account account = accounts.remove(accountId);
    if (account == null) {
      return 0;
    }
    synchronized (account) {
      account.retired = true;
      int removed = account.tunnels.size();
      size.add(-removed);
      return removed;
    }
  }

  /** The monitor an account's writes hold; for tests that stop a write at it to order a race. */
  Object lockOf(String accountId) {
    return accounts.computeIfAbsent(accountId, id -> new Account());
  }

  @Override
  public long size() {
    return size.sum();
  }

  @Override
  public String describe() {
    return "memory";
  }

  /** Runs {@code work} under the account's lock, on an account that is not being cleared away at the same time. */
  private <T> T withAccount(String accountId, Function<Account, T> work) {
    while (true) {
      Account account = accounts.computeIfAbsent(accountId, id -> new Account());
      synchronized (account) {
        if (!account.retired) {
          return work.apply(account);
        }
      }
    }
  }

  /** One account's tunnels, and whether a reset took the account away (its lock is the account's lock). */
  private static final class Account {
    final AccountTunnels tunnels = new AccountTunnels();
    boolean retired;
    /** Changed by every committed write, under the account's lock; read without it by {@link #stamp}. */
    volatile long stamp = STAMPS.incrementAndGet();

    void changed() {
      stamp = STAMPS.incrementAndGet();
    }
  }
}
