package dev.magicgre.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule a request body breaks, so that one answer lists them all. Each helper checks the JSON
 * type of one field first (a wrong type is reported as such, never as a range error) and returns the value
 * only when the type is right, so the caller can go on to the field's own rule.
 */
final class Violations {

  private final List<ApiError> errors = new ArrayList<>();

  void add(ErrorCode code, String pointer, String message) {
    errors.add(ApiError.at(code, pointer, message));
  }

  List<ApiError> list() {
    return errors;
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** The field's text; reports a missing required field or a wrong type and answers null. */
  String text(JsonNode parent, String field, String pointer, boolean required) {
    JsonNode value = present(parent, field, pointer, required);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      wrongType(pointer, field, "a string", value);
      return null;
    }
    return value.textValue();
  }

  /**
   * The field's integer value, exactly: a BigInteger, so that 2147483648 or 99999999999999999999 are seen (and
   * quoted in the message) as they were sent. Null when absent or not an integer: 1476.0 and 1e3 are numbers
   * with a fraction or an exponent, which is a wrong type for an integer field (as for a Go int).
   */
  BigInteger integer(JsonNode parent, String field, String pointer, boolean required) {
    JsonNode value = present(parent, field, pointer, required);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      wrongType(pointer, field, "an integer", value);
      return null;
    }
    return value.bigIntegerValue();
  }

  Boolean bool(JsonNode parent, String field, String pointer) {
    JsonNode value = present(parent, field, pointer, false);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      wrongType(pointer, field, "true or false", value);
      return null;
    }
    return value.booleanValue();
  }

  /** The field as an object node; null when absent or not an object. */
  JsonNode object(JsonNode parent, String field, String pointer) {
    JsonNode value = present(parent, field, pointer, false);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      wrongType(pointer, field, "an object", value);
      return null;
    }
    return value;
  }

  /** The field as an array node; null when absent or not an array ({@code items} says what it holds, for the message). */
  JsonNode array(JsonNode parent, String field, String pointer, boolean required, String items) {
    JsonNode value = present(parent, field, pointer, required);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      wrongType(pointer, field, "an array of " + items, value);
      return null;
    }
    return value;
  }

  void enumValue(JsonNode parent, String field, String pointer, List<String> allowed) {
    String value = text(parent, field, pointer, false);
    if (value != null && !allowed.contains(value)) {
      add(ErrorCode.INVALID_ENUM_VALUE, pointer,
          field + " must be one of " + String.join(", ", allowed) + ", not \"" + clip(value) + "\"");
    }
  }

  void wrongType(String pointer, String field, String expected, JsonNode found) {
    add(ErrorCode.WRONG_JSON_TYPE, pointer, field + " must be " + expected + ", not " + kind(found));
  }

  private JsonNode present(JsonNode parent, String field, String pointer, boolean required) {
    JsonNode value = parent.get(field);
    if (value == null) {
      if (required) {
        add(ErrorCode.REQUIRED_FIELD_MISSING, pointer, field + " is required");
      }
      return null;
    }
    return value;
  }

  static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case NULL:
        return "null";
      case BOOLEAN:
        return "a boolean";
      case NUMBER:
        return node.isIntegralNumber() ? "the integer " + clip(node.asText()) : "the number " + clip(node.asText());
      case STRING:
        return "a string";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Echoes at most 64 characters of what the client sent, so a message never balloons with the input. */
  static String clip(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "...";
  }
}
