package dev.magicgre.stub.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.store.TunnelStore.Write;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, point 5: an account reset racing a delete, a read or a create in the in-memory store, outcome by
 * outcome. The race is ordered, not hoped for: the test holds the account's lock, lets the other call reach it
 * and wait there (it looked the account up before the reset), resets the account (the lock is re-entrant),
 * then lets the call go on.
 */
class InMemoryResetRaceTest {

  private static final String ACCOUNT = TunnelStoreContractTest.ACCOUNT;

  private final InMemoryTunnelStore store = new InMemoryTunnelStore();

  @Test
  void aDeleteThatLostTheRaceToAResetFindsNothingAndIsNotCountedTwice() throws Exception {
    store.insertAll(ACCOUNT, List.of(tunnel(1, "A"), tunnel(2, "B")), Write.COMMIT);

    Race<Optional<GreTunnel>> delete = Race.start(store.lockOf(ACCOUNT),
        () -> store.delete(ACCOUNT, TunnelStoreContractTest.id(1), Write.COMMIT));
    long removed = delete.whileWaiting(() -> store.clear(ACCOUNT));

    assertThat(removed).isEqualTo(2);
    assertThat(delete.result()).isEmpty(); // answered 404: the reset removed it
    assertThat(store.size()).isZero();
    assertThat(store.list(ACCOUNT)).isEmpty();
  }

  @Test
  void aDeleteThatWonTheRaceIsNotCountedByTheReset() {
    store.insertAll(ACCOUNT, List.of(tunnel(1, "A"), tunnel(2, "B")), Write.COMMIT);

    assertThat(store.delete(ACCOUNT, TunnelStoreContractTest.id(1), Write.COMMIT)).isPresent();
    assertThat(store.clear(ACCOUNT)).isEqualTo(1);
    assertThat(store.size()).isZero();
  }

  @Test
  void aReadThatLostTheRaceToAResetFindsNothing() throws Exception {
    store.insert(ACCOUNT, tunnel(1, "A"));

    Race<Optional<GreTunnel>> find = Race.start(store.lockOf(ACCOUNT),
        () -> store.find(ACCOUNT, TunnelStoreContractTest.id(1)));
    find.whileWaiting(() -> store.clear(ACCOUNT));

    assertThat(find.result()).isEmpty();
  }

  @Test
  void aListThatLostTheRaceToAResetIsEmpty() throws Exception {
    store.insert(ACCOUNT, tunnel(1, "A"));

    Race<List<GreTunnel>> list = Race.start(store.lockOf(ACCOUNT), () -> store.list(ACCOUNT));
    list.whileWaiting(() -> store.clear(ACCOUNT));

    assertThat(list.result()).isEmpty();
  }

  @Test
  void aCreateThatLostTheRaceToAResetIsKeptAfterItAndCountedOnce() throws Exception {
    store.insert(ACCOUNT, tunnel(1, "A"));

    Race<Object> create = Race.start(store.lockOf(ACCOUNT), () -> {
      store.insertAll(ACCOUNT, List.of(tunnel(2, "A")), Write.COMMIT); // the name is free again after the reset
      return "created";
    });
    long removed = create.whileWaiting(() -> store.clear(ACCOUNT));

    assertThat(removed).isEqualTo(1);
    assertThat(create.result()).isEqualTo("created");
    assertThat(store.list(ACCOUNT)).extracting(GreTunnel::getId).containsExactly(TunnelStoreContractTest.id(2));
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.clear()).isEqualTo(1);
    assertThat(store.size()).isZero();
  }

  private static GreTunnel tunnel(int n, String name) {
    return TunnelStoreContractTest.tunnel(TunnelStoreContractTest.id(n), name);
  }

  /** A call started while the test holds a lock, and known to be waiting for it before the test goes on. */
  private static final class Race<T> {
    private final Object lock;
    private final Supplier<T> call;
    private CompletableFuture<T> outcome;

    private Race(Object lock, Supplier<T> call) {
      this.lock = lock;
      this.call = call;
    }

    static <T> Race<T> start(Object lock, Supplier<T> call) {
      return new Race<>(lock, call);
    }

    /** Holds the lock, starts the call, waits until it is blocked on the lock, runs {@code meanwhile}, lets go. */
    <R> R whileWaiting(Supplier<R> meanwhile) throws InterruptedException {
      synchronized (lock) {
        outcome = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
          try {
            outcome.complete(call.get());
          } catch (RuntimeException e) {
            outcome.completeExceptionally(e);
          }
        }, "race");
        thread.start();
        while (thread.getState() != Thread.State.BLOCKED) { // it can only block on this lock: it holds no other
          Thread.onSpinWait();
          if (outcome.isDone()) {
            throw new IllegalStateException("the call finished without waiting for the lock: " + outcome);
          }
        }
        return meanwhile.get();
      }
    }

    T result() throws Exception {
      return outcome.get(30, TimeUnit.SECONDS);
    }
  }
}
