package dev.magicgre.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the server's requested wait from {@code Retry-After} (delta-seconds or HTTP-date, RFC 9110 §10.2.3). */
final class RetryAfter {

  private RetryAfter() {
  }

  static Optional<Duration> parse(Map<String, List<String>> headers, Clock clock) {
    Optional<String> value = first(headers, "Retry-After");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get().strip();
    try {
      long seconds = Long.parseLong(text);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration until = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(until.isNegative() ? Duration.ZERO : until);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  private static Optional<String> first(Map<String, List<String>> headers, String name) {
    // the map may come from a case-sensitive source; compare names case-insensitively ourselves
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
        .flatMap(entry -> entry.getValue().stream())
        .findFirst();
  }
}
