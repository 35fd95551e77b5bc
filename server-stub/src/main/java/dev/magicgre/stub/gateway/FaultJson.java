package dev.magicgre.stub.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault as the control API reads and shows it: {@code {"operation": "createGreTunnel" (absent: every
 * operation), "times": 1, "status": 503, "code": 10503, "message": "...", "delay_ms": 0, "drop": false,
 * "retry_after": 3}}.
 */
public final class FaultJson {

  private FaultJson() {
  }

  /** The fault and how many calls it is armed for; an IllegalArgumentException names what is wrong. */
  public static Map.Entry<Fault, Integer> read(JsonNode body) {
    if (!body.isObject()) {
      throw new IllegalArgumentException("a fault is a JSON object");
    }
    String operation = body.hasNonNull("operation") ? text(body, "operation") : null;
    if (operation != null && !ApiOperations.names().contains(operation)) {
      throw new IllegalArgumentException("operation must be one of " + new java.util.TreeSet<>(ApiOperations.names())
          + " or absent (every operation)");
    }
    int status = integer(body, "status", 0);
    Fault fault = new Fault(operation, status, integer(body, "code", 0),
        body.hasNonNull("message") ? text(body, "message") : null, integer(body, "delay_ms", 0),
        bool(body, "drop"), body.hasNonNull("retry_after") ? integer(body, "retry_after", 0) : null);
    return Map.entry(fault, integer(body, "times", 1));
  }

  static Map<String, Object> describe(Fault fault, int remaining) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operation", fault.operation());
    out.put("times", remaining);
    out.put("status", fault.status());
    out.put("code", fault.code());
    out.put("message", fault.message());
    out.put("delay_ms", fault.delayMillis());
    out.put("drop", fault.drop());
    out.put("retry_after", fault.retryAfterSeconds());
    return out;
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.textValue();
  }

  private static int integer(JsonNode body, String field, int absent) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
      throw new IllegalArgumentException(field + " must be a non-negative integer");
    }
    return value.intValue();
  }

  private static boolean bool(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(field + " must be true or false");
    }
    return value.booleanValue();
  }
}
