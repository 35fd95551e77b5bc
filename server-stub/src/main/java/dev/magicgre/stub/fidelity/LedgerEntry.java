package dev.magicgre.stub.fidelity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One behaviour of the ledger. {@code code}/{@code status} for kinds {@code error} and {@code error_chain},
 * {@code field}/{@code value} for {@code default}; {@code chosen} says which part of a graded entry is ours
 * (null when none).
 */
public record LedgerEntry(String id, String kind, Integer code, Integer status, String field, String value,
    String operation, String grade, String behaviour, String source, String chosen) {

  static LedgerEntry of(JsonNode entry) {
    return new LedgerEntry(text(entry, "id"), text(entry, "kind"), number(entry, "code"), number(entry, "status"),
        text(entry, "field"), entry.has("value") ? entry.get("value").asText() : null, text(entry, "operation"),
        text(entry, "grade"),
        text(entry, "behaviour"), text(entry, "source"), text(entry, "chosen"));
  }

  private static String text(JsonNode entry, String name) {
    JsonNode value = entry.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Integer number(JsonNode entry, String name) {
    JsonNode value = entry.get(name);
    return value == null || !value.isInt() ? null : value.intValue();
  }
}
