package dev.magicgre.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The delay computation on its own: backoff growth, cap, jitter bounds and Retry-After handling. */
class RetryPolicyTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:15:30Z"), ZoneOffset.UTC);

  private static CloudflareApiException answered(int status, String retryAfter) {
    Map<String, List<String>> headers = retryAfter == null ? Map.of() : Map.of("retry-after", List.of(retryAfter));
    return ErrorTranslator.forStatus(status, headers, List.of(), null);
  }

  @Test
  void backoffDoublesFromHalfASecondUpToEightSeconds() {
    RetryPolicy policy = new RetryPolicy(10, () -> 0.0, CLOCK);

    assertThat(List.of(1, 2, 3, 4, 5, 6, 7)).map(policy::backoff).containsExactly(Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
        Duration.ofSeconds(8), Duration.ofSeconds(8));
  }

  @Test
  void jitterTakesAwayAtMostAQuarter() {
    RetryPolicy almostFullJitter = new RetryPolicy(2, () -> 0.999999, CLOCK);

    assertThat(almostFullJitter.backoff(2)).isEqualTo(Duration.ofMillis(750));
  }

  @Test
  void retryAfterInSecondsOrAsDateIsHonoured() {
    RetryPolicy policy = new RetryPolicy(2, () -> 0.0, CLOCK);

    assertThat(policy.delayBefore(1, answered(429, "0"))).isZero();
    assertThat(policy.delayBefore(1, answered(503, "12"))).isEqualTo(Duration.ofSeconds(12));
    assertThat(policy.delayBefore(1, answered(429, "Wed, 25 Nov 2026 10:16:00 GMT"))).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayBefore(1, answered(429, "Wed, 25 Nov 2026 10:00:00 GMT"))).as("in the past").isZero();
  }

  @Test
  void anUnusableOrTooLongRetryAfterFallsBackToBackoff() {
    RetryPolicy policy = new RetryPolicy(2, () -> 0.0, CLOCK);

    assertThat(policy.delayBefore(2, answered(429, "soon"))).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayBefore(2, answered(429, "-5"))).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayBefore(2, answered(429, "3600"))).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayBefore(1, answered(500, null))).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void onlyNoResponse408429And5xxAreRetryable() {
    assertThat(RetryPolicy.isRetryable(new ApiConnectionException("refused", null))).isTrue();
    assertThat(RetryPolicy.isRetryable(new ApiConnectionException("interrupted", new InterruptedException()))).isFalse();
    for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
      assertThat(RetryPolicy.isRetryable(answered(status, null))).as("status %d", status).isTrue();
    }
    for (int status : new int[] {200, 400, 401, 403, 404, 405, 409, 413, 415, 422}) {
      assertThat(RetryPolicy.isRetryable(answered(status, null))).as("status %d", status).isFalse();
    }
  }

  @Test
  void retriesStopAtTheMaximum() {
    RetryPolicy policy = new RetryPolicy(2, () -> 0.0, CLOCK);
    CloudflareApiException unavailable = answered(503, null);

    assertThat(policy.shouldRetry(unavailable, 0)).isTrue();
    assertThat(policy.shouldRetry(unavailable, 1)).isTrue();
    assertThat(policy.shouldRetry(unavailable, 2)).isFalse();
  }
}
