package dev.magicgre.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that waits for nothing and remembers the delays it was asked for: one per retry. */
final class RecordingSleeper implements Sleeper {

  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration delay) {
    delays.add(delay);
  }

  List<Duration> delays() {
    return List.copyOf(delays);
  }
}
