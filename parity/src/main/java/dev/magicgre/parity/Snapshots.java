package dev.magicgre.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One JSON file per scenario ({@code <name>.json}), written sorted and indented so that a diff reads well. */
final class Snapshots {

  private static final int MAX_DIFFERENCES_SHOWN = 5;

  private final ObjectMapper mapper;

  Snapshots(ObjectMapper mapper) {
    this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
  }

  void write(Path directory, String scenario, JsonNode snapshot) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(scenario + ".json"), mapper.writeValueAsString(snapshot) + "\n");
  }

  /** Where the recorded snapshot and this one differ, as JSON pointers with both values; empty when they agree. */
  List<String> compare(Path directory, String scenario, JsonNode snapshot) throws IOException {
    Path file = directory.resolve(scenario + ".json");
    if (!Files.exists(file)) {
      return List.of("no recorded snapshot " + file.getFileName());
    }
    List<String> differences = new ArrayList<>();
    differences(mapper.readTree(file.toFile()), snapshot, "", differences);
    return differences.size() > MAX_DIFFERENCES_SHOWN ? differences.subList(0, MAX_DIFFERENCES_SHOWN) : differences;
  }

  private static void differences(JsonNode recorded, JsonNode now, String pointer, List<String> out) {
    if (recorded.equals(now)) {
      return;
    }
    if (recorded.isObject() && now.isObject()) {
      Set<String> keys = new TreeSet<>();
      recorded.fieldNames().forEachRemaining(keys::add);
      now.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        differences(recorded.path(key), now.path(key), pointer + "/" + key, out);
      }
      return;
    }
    if (recorded.isArray() && now.isArray() && recorded.size() == now.size()) {
      Iterator<JsonNode> left = recorded.elements();
      Iterator<JsonNode> right = now.elements();
      for (int i = 0; left.hasNext(); i++) {
        differences(left.next(), right.next(), pointer + "/" + i, out);
      }
      return;
    }
    out.add((pointer.isEmpty() ? "/" : pointer) + ": recorded " + shown(recorded) + ", now " + shown(now));
  }

  private static String shown(JsonNode node) {
    return node.isMissingNode() ? "(absent)" : node.toString();
  }
}
