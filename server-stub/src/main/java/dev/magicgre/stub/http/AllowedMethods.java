package dev.magicgre.stub.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code Allow} header of a 405. Jersey lists its automatic OPTIONS method there; the stub refuses OPTIONS
 * (see {@link OptionsRefusalFilter}), so it is left out: {@code Allow} names only what would be accepted.
 */
final class AllowedMethods {

  private AllowedMethods() {
  }

  static String withoutOptions(String allow) {
    if (allow == null) {
      return null;
    }
    return Arrays.stream(allow.split(","))
        .map(String::trim)
        .filter(method -> !method.isEmpty())
        .filter(method -> !"OPTIONS".equals(method.toUpperCase(Locale.ROOT)))
        .collect(Collectors.joining(","));
  }
}
