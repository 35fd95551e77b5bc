package dev.magicgre.stub.answer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A timestamp as Jackson's {@code OffsetDateTimeSerializer} writes it ({@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}),
 * without the formatter's per-call objects for the timestamps the stub makes (UTC, whole milliseconds, years
 * 0-9999): the formatter was a fifth of a list's writing. Any other value goes through the formatter itself.
 */
final class Rfc3339 {

  private static final int NANOS_PER_MILLI = 1_000_000;

  private Rfc3339() {
  }

  static String format(OffsetDateTime value) {
    int year = value.getYear();
    int nano = value.getNano();
    if (!ZoneOffset.UTC.equals(value.getOffset()) || year < 0 || year > 9999 || nano % NANOS_PER_MILLI != 0) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
    char[] text = new char[24];
    int at = digits(text, 0, year, 4);
    text[at++] = '-';
    at = digits(text, at, value.getMonthValue(), 2);
    text[at++] = '-';
    at = digits(text, at, value.getDayOfMonth(), 2);
    text[at++] = 'T';
    at = digits(text, at, value.getHour(), 2);
    text[at++] = ':';
    at = digits(text, at, value.getMinute(), 2);
    text[at++] = ':';
    at = digits(text, at, value.getSecond(), 2);
    int millis = nano / NANOS_PER_MILLI;
    if (millis != 0) {
      // the formatter's fraction: as few digits as the value needs (.1, .12, .123)
      text[at++] = '.';
      at = digits(text, at, millis, 3);
      while (text[at - 1] == '0') {
        at--;
      }
    }
    text[at++] = 'Z';
    return new String(text, 0, at);
  }

  private static int digits(char[] text, int at, int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      text[at + i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }
}
