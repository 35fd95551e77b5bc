package dev.magicgre.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Which failures are worth another attempt and how long to wait before it. Retried, for every operation:
 * no response at all, 408, 429 and 5xx, as Cloudflare's own SDKs do. GET, PUT and DELETE are idempotent, so
 * a repeat is safe. POST (create) is retried by the same rule, as the SDKs do: a create that the server
 * stored before the connection failed is then refused 400/1004 (name taken) on the retry, which is why the
 * docs/client.md suggests {@code validate_only} first or a list before creating again. A DELETE applied before
 * the connection failed answers 404 on the retry. Never retried: any other 4xx (the same request would be
 * refused again) and unusable 2xx answers (the change may have been applied).
 *
 * <p>The wait is the server's {@code Retry-After} when it gives one between 0 and {@link #MAX_RETRY_AFTER};
 * otherwise exponential backoff from {@link #INITIAL_DELAY} doubling up to {@link #MAX_DELAY}, reduced by up
 * to 25% of random jitter so that many clients refused at once do not come back at once.
 */
final class RetryPolicy {

  static final Duration INITIAL_DELAY = Duration.ofMillis(500);
  static final Duration MAX_DELAY = Duration.ofSeconds(8);
  /** A longer requested wait is not honoured: blocking a caller for minutes is worse than a quick retry. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
  private static final double MAX_JITTER = 0.25;

  private final int maxRetries;
  private final DoubleSupplier random;
  private final Clock clock;

  RetryPolicy(int maxRetries, DoubleSupplier random, Clock clock) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
    }
    this.maxRetries = maxRetries;
    this.random = random;
    this.clock = clock;
  }

  int maxRetries() {
    return maxRetries;
  }

  /** @param retriesSoFar how many retries were already made after the first attempt */
  boolean shouldRetry(CloudflareApiException failure, int retriesSoFar) {
    return retriesSoFar < maxRetries && isRetryable(failure);
  }

  static boolean isRetryable(CloudflareApiException failure) {
    if (failure.kind() == ErrorKind.CONNECTION) {
      // an interrupted caller wants to stop, not to wait for another attempt
      return !(failure.getCause() instanceof InterruptedException);
    }
    int status = failure.status();
    return status == 408 || status == 429 || status >= 500;
  }

  /** @param retryNumber 1 for the first retry, 2 for the second, ... */
  Duration delayBefore(int retryNumber, CloudflareApiException failure) {
    Optional<Duration> requested = RetryAfter.parse(failure.headers(), clock);
    if (requested.isPresent() && requested.get().compareTo(MAX_RETRY_AFTER) <= 0) {
      return requested.get();
    }
    return backoff(retryNumber);
  }

  Duration backoff(int retryNumber) {
    double exponential = INITIAL_DELAY.toMillis() * Math.pow(2, Math.max(0, retryNumber - 1));
    double capped = Math.min(exponential, MAX_DELAY.toMillis());
    double jitter = 1 - MAX_JITTER * random.getAsDouble();
    return Duration.ofMillis(Math.round(capped * jitter));
  }
}
