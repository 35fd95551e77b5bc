package dev.magicgre.stub;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a start's time goes, phase by phase, logged at debug ({@code -DSTUB_LOG_LEVEL=debug}): each phase's wall
 * time and the CPU time the whole JVM had used by its end (all threads, the JIT compiler's included), the method
 * behind the start-up figures of docs/benchmarks.md. Costs one level check per phase when debug is off.
 */
final class StartupPhases {

  private static final Logger LOG = LoggerFactory.getLogger(StartupPhases.class);

  private final boolean logging = LOG.isDebugEnabled();
  private final long begin = System.nanoTime();
  private long last = begin;

  /** The phase that just ended. */
  void ended(String phase) {
    if (logging) {
      long now = System.nanoTime();
      LOG.debug("start-up phase {}: {} ms (at {} ms; JVM CPU time so far {} ms)", phase, (now - last) / 1_000_000,
          (now - begin) / 1_000_000, ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
      last = now;
    }
  }
}
