package dev.magicgre.stub.store;

import static dev.magicgre.stub.store.TunnelStoreContractTest.id;
import static dev.magicgre.stub.store.TunnelStoreContractTest.tunnel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.magicgre.stub.store.TunnelStore.TunnelChange;
import dev.magicgre.stub.store.TunnelStore.Write;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store's stamp of an account, which a kept list answer is checked against: every committed write
 * changes it, a dry run or a refused write does not, a reset never brings an old one back, and a listing
 * answers the stamp of the snapshot it handed over.
 */
class InMemoryStampTest {

  private static final String ACCOUNT = TunnelStoreContractTest.ACCOUNT;

  private final InMemoryTunnelStore store = new InMemoryTunnelStore();

  @Test
  void everyCommittedWriteChangesTheStamp() {
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A")), Write.COMMIT);
    long afterInsert = store.stamp(ACCOUNT);
    assertThat(afterInsert).isNotEqualTo(TunnelStore.UNSTAMPED);

    store.replaceAll(ACCOUNT, List.of(new TunnelChange(id(1), stored -> stored.description("changed"))), Write.COMMIT);
    long afterReplace = store.stamp(ACCOUNT);
    assertThat(afterReplace).isNotEqualTo(afterInsert);

    store.insertAll(ACCOUNT, List.of(tunnel(id(2), "B"), tunnel(id(3), "C")), Write.COMMIT);
    long afterBulk = store.stamp(ACCOUNT);
    assertThat(afterBulk).isNotIn(afterInsert, afterReplace);

    store.delete(ACCOUNT, id(2), Write.COMMIT);
    assertThat(store.stamp(ACCOUNT)).isNotIn(afterInsert, afterReplace, afterBulk);
  }

  @Test
  void dryRunsAndRefusedWritesKeepTheStamp() {
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A")), Write.COMMIT);
    long stamp = store.stamp(ACCOUNT);

    store.insertAll(ACCOUNT, List.of(tunnel(id(2), "B")), Write.DRY_RUN);
    store.replaceAll(ACCOUNT, List.of(new TunnelChange(id(1), stored -> stored.name("Z"))), Write.DRY_RUN);
    store.delete(ACCOUNT, id(1), Write.DRY_RUN);
    assertThatThrownBy(() -> store.insertAll(ACCOUNT, List.of(tunnel(id(3), "A")), Write.COMMIT))
        .isInstanceOf(NameTakenException.class);
    assertThatThrownBy(() -> store.replaceAll(ACCOUNT, List.of(new TunnelChange(id(9), stored -> stored)),
        Write.COMMIT)).isInstanceOf(TunnelNotFoundException.class);
    assertThat(store.delete(ACCOUNT, id(9), Write.COMMIT)).isEmpty();

    assertThat(store.stamp(ACCOUNT)).isEqualTo(stamp);
  }

  @Test
  void aResetNeverBringsBackAStampOfTheTunnelsItRemoved() {
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A")), Write.COMMIT);
    long before = store.stamp(ACCOUNT);

    store.clear(ACCOUNT);
    assertThat(store.stamp(ACCOUNT)).isEqualTo(TunnelStore.UNSTAMPED);
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A")), Write.COMMIT);
    long again = store.stamp(ACCOUNT);
    assertThat(again).isNotIn(before, TunnelStore.UNSTAMPED);

    store.clear();
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A")), Write.COMMIT);
    assertThat(store.stamp(ACCOUNT)).isNotIn(before, again, TunnelStore.UNSTAMPED);
  }

  @Test
  void aListingAnswersTheStampOfWhatItHandedOver() {
    assertThat(store.forEachStamped(ACCOUNT, tunnel -> { })).isEqualTo(TunnelStore.UNSTAMPED);
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A")), Write.COMMIT);
    long stamp = store.stamp(ACCOUNT);

    long listed = store.forEachStamped(ACCOUNT,
        tunnel -> store.insertAll(ACCOUNT, List.of(tunnel(id(2), "B")), Write.COMMIT)); // a write meanwhile

    assertThat(listed).isEqualTo(stamp);
    assertThat(store.stamp(ACCOUNT)).isNotEqualTo(listed);
  }
}
