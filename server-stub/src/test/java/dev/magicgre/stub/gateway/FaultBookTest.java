package dev.magicgre.stub.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The book's emptiness, which the gateway reads without the lock, follows every arm, take and clear. */
class FaultBookTest {

  private final FaultBook book = new FaultBook();

  @Test
  void emptyUntilArmedAndAgainOnceEveryArmedCallIsTaken() {
    assertTrue(book.isEmpty());
    book.arm(Fault.status("getGreTunnel", 500), 2);
    book.arm(Fault.status(null, 503), 1);
    assertFalse(book.isEmpty());

    assertEquals(Optional.empty(), book.take("deleteGreTunnel").filter(fault -> fault.status() == 500));
    assertFalse(book.isEmpty(), "one call of the catch-all fault taken, two of the first left");
    assertEquals(500, book.take("getGreTunnel").orElseThrow().status());
    assertFalse(book.isEmpty());
    assertEquals(500, book.take("getGreTunnel").orElseThrow().status());
    assertTrue(book.isEmpty());
    assertEquals(Optional.empty(), book.take("getGreTunnel"));
  }

  @Test
  void clearEmptiesIt() {
    book.arm(Fault.status(null, 502), 5);
    book.clear();
    assertTrue(book.isEmpty());
    assertEquals(Optional.empty(), book.take("listGreTunnels"));
  }

  @Test
  void aFaultArmedBeforeACallIsSentIsSeenByThatCall() throws InterruptedException {
    AtomicInteger seen = new AtomicInteger();
    for (int round = 0; round < 2_000; round++) {
      FaultBook shared = new FaultBook();
      CountDownLatch armed = new CountDownLatch(1);
      Thread caller = new Thread(() -> {
        try {
          armed.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        if (!shared.isEmpty() && shared.take("createGreTunnels").isPresent()) {
          seen.incrementAndGet();
        }
      });
      caller.start();
      shared.arm(Fault.status(null, 500), 1);
      armed.countDown();
      caller.join();
    }
    assertEquals(2_000, seen.get());
  }
}
