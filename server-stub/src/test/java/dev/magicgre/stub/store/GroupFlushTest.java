package dev.magicgre.stub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 22, point 5: each write waiting for the file store's group flush is told the result of the checkpoint
 * that covered it, whatever the checkpoints before and after it did. The checkpoints are the test's: each one
 * says it started, then waits for the outcome the test gives it, so that the batches are known exactly.
 */
class GroupFlushTest {

  private final BlockingQueue<String> started = new LinkedBlockingQueue<>();
  private final BlockingQueue<Boolean> outcomes = new LinkedBlockingQueue<>();

  @ParameterizedTest(name = "first checkpoint {0}, second {1}")
  @CsvSource({"false, false", "false, true", "true, false", "true, true"})
  void eachWaiterGetsTheResultOfItsOwnCheckpoint(boolean first, boolean second) throws Exception {
    try (GroupFlush flush = new GroupFlush(this::checkpoint)) {
      CompletableFuture<Boolean> a = waitFor(flush);
      assertThat(started.poll(30, TimeUnit.SECONDS)).as("first checkpoint started").isNotNull();
      // b and c commit while the first checkpoint runs: the second covers both
      CompletableFuture<Boolean> b = waitFor(flush);
      CompletableFuture<Boolean> c = waitFor(flush);
      awaitJoined(flush, 2);

      outcomes.add(first);
      assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(first);
      assertThat(started.poll(30, TimeUnit.SECONDS)).as("second checkpoint started").isNotNull();
      assertThat(b).isNotDone();
      outcomes.add(second);

      assertThat(b.get(30, TimeUnit.SECONDS)).isEqualTo(second);
      assertThat(c.get(30, TimeUnit.SECONDS)).isEqualTo(second);
      assertThat(started).isEmpty();
    }
  }

  private boolean checkpoint() {
    started.add("checkpoint");
    try {
      return outcomes.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A write waiting for the flush: true when told its commit is in the file, false when told it is not. */
  private static CompletableFuture<Boolean> waitFor(GroupFlush flush) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        flush.awaitFlushed();
        return true;
      } catch (IllegalStateException notWritten) {
        return false;
      }
    }, runnable -> new Thread(runnable, "writer").start());
  }

  private static void awaitJoined(GroupFlush flush, int waiters) {
    while (flush.pendingWaiters() < waiters) {
      Thread.onSpinWait();
    }
  }
}
