package dev.magicgre.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an answer comparable across runs and across servers: the run's own values (account, name prefix,
 * addresses) and the credentials become placeholders, ids become {@code <id:N>} numbered by first appearance in the
 * run, timestamps {@code <timestamp>}, incident ids {@code <uuid>}; tunnels of other runs in a list are left out;
 * object keys are sorted.
 */
final class Normaliser {

  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern HEX32 = Pattern.compile("(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])");

  private final String prefix;
  private final Map<String, String> replacements = new LinkedHashMap<>();
  private final Map<String, String> ids = new HashMap<>();

  Normaliser(RunState state, List<String> credentials) {
    this.prefix = state.prefix();
    for (String credential : credentials) {
      if (credential != null && !credential.isEmpty()) {
        replacements.put(credential, "<credential>");
      }
    }
    replacements.putAll(state.placeholders());
  }

  /** The snapshot of one answer: {@code {"status": ..., "body": ...}}. */
  JsonNode snapshot(Answer answer) {
    ObjectNode snapshot = JsonNodeFactory.instance.objectNode();
    snapshot.put("status", answer.status());
    snapshot.set("body", normalise(answer.body()));
    return snapshot;
  }

  /** The text with every credential replaced: what may be printed. */
  String redact(String text) {
    String out = text;
    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
      if ("<credential>".equals(replacement.getValue())) {
        out = out.replace(replacement.getKey(), "<credential>");
      }
    }
    return out;
  }

  private JsonNode normalise(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(text(node.textValue()));
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> out.add(normalise(element)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      keys.sort(String::compareTo);
      for (String key : keys) {
        JsonNode value = node.get(key);
        out.set(key, "gre_tunnels".equals(key) && value.isArray() ? normalise(onlyThisRun(value)) : normalise(value));
      }
      return out;
    }
    return node;
  }

  /** A list answer holds every tunnel of the account: keep this run's. */
  private JsonNode onlyThisRun(JsonNode tunnels) {
    ArrayNode kept = JsonNodeFactory.instance.arrayNode();
    for (Iterator<JsonNode> each = tunnels.elements(); each.hasNext(); ) {
      JsonNode tunnel = each.next();
      if (!tunnel.has("name") || tunnel.path("name").asText().startsWith(prefix)) {
        kept.add(tunnel);
      }
    }
    return kept;
  }

  private String text(String value) {
    String out = value;
    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
      out = out.replace(replacement.getKey(), replacement.getValue());
    }
    out = UUID.matcher(out).replaceAll("<uuid>");
    out = TIMESTAMP.matcher(out).replaceAll("<timestamp>");
    Matcher hex = HEX32.matcher(out);
    StringBuilder numbered = new StringBuilder();
    while (hex.find()) {
      String id = ids.computeIfAbsent(hex.group(), found -> "<id:" + (ids.size() + 1) + ">");
      hex.appendReplacement(numbered, Matcher.quoteReplacement(id));
    }
    hex.appendTail(numbered);
    return numbered.toString();
  }
}
