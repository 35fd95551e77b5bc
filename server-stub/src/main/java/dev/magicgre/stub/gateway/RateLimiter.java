package dev.magicgre.stub.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts each credential identity's requests in fixed windows that start with its first request: the
 * {@code N+1}th request of a window and every later one until the window ends are refused. Cloudflare blocks "all
 * API calls for the next five minutes" once the limit is passed (evidence B4); a fixed window is the simplest
 * rule that gives the same answer to a client that keeps calling. Identities are kept as given (the raw header
 * values) and never logged.
 */
public final class RateLimiter {

  /** What one request was told: whether it may pass, what is left, and when the window ends (seconds, rounded up). */
  public record Decision(boolean allowed, int remaining, long resetSeconds) {
  }

  private final RateLimit limit;
  private final LongSupplier nanoClock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public RateLimiter(RateLimit limit, LongSupplier nanoClock) {
    this.limit = limit;
    this.nanoClock = nanoClock;
  }

  public RateLimit limit() {
    return limit;
  }

  public Decision take(String identity) {
    long now = nanoClock.getAsLong();
    Window window = windows.compute(identity, (key, current) ->
        current == null || now - current.startNanos >= windowNanos() ? new Window(now, 1) : current.plusOne());
    long leftNanos = window.startNanos + windowNanos() - now;
    long resetSeconds = Math.max(1, (leftNanos + 999_999_999L) / 1_000_000_000L);
    return new Decision(window.count <= limit.requests(), Math.max(0, limit.requests() - window.count), resetSeconds);
  }

  /** Forgets every window (the control API's reset). */
  public void clear() {
    windows.clear();
  }

  private long windowNanos() {
    return limit.windowSeconds() * 1_000_000_000L;
  }

  private record Window(long startNanos, int count) {
    Window plusOne() {
      return new Window(startNanos, count == Integer.MAX_VALUE ? count : count + 1);
    }
  }
}
