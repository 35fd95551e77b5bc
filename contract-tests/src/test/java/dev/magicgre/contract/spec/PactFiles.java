package dev.magicgre.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the HTTP interactions of pact files (V3 and V4 layouts). Pact JVM's own reader would do, but its
 * `-pact` bridge to the validator is not served here, and the JSON is simple enough to read with Jackson.
 */
final class PactFiles {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PactFiles() {
  }

  static List<Path> in(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<PactInteraction> interactions(Path pactFile) {
    JsonNode pact;
    try {
      pact = MAPPER.readTree(pactFile.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pact " + pactFile, e);
    }
    List<PactInteraction> interactions = new ArrayList<>();
    for (JsonNode interaction : pact.path("interactions")) {
      String type = interaction.path("type").asText("Synchronous/HTTP");
      if (!type.equals("Synchronous/HTTP")) {
        continue;
      }
      JsonNode request = interaction.path("request");
      JsonNode response = interaction.path("response");
      interactions.add(new PactInteraction(
          pactFile.getFileName().toString(),
          interaction.path("description").asText(),
          request.path("method").asText("GET"),
          request.path("path").asText("/"),
          multiMap(request.path("query")),
          multiMap(request.path("headers")),
          body(request.path("body")),
          response.path("status").asInt(200),
          multiMap(response.path("headers")),
          body(response.path("body"))));
    }
    return interactions;
  }

  /** V4 wraps a body as {@code {"content": ..., "contentType": ...}}; V3 has the JSON itself. */
  private static JsonNode body(JsonNode body) {
    if (body.isMissingNode() || body.isNull()) {
      return null;
    }
    if (body.isObject() && body.has("content") && body.has("contentType")) {
      return body.get("content");
    }
    return body;
  }

  /** Headers and query parameters: V4 gives lists of values, V3 single strings (query: a raw string). */
  private static Map<String, List<String>> multiMap(JsonNode node) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (node.isTextual()) {
      for (String pair : node.asText().split("&")) {
        String[] parts = pair.split("=", 2);
        values.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
      }
      return values;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      List<String> list = new ArrayList<>();
      if (field.getValue().isArray()) {
        field.getValue().forEach(value -> list.add(value.asText()));
      } else {
        list.add(field.getValue().asText());
      }
      values.put(field.getKey(), list);
    }
    return values;
  }
}
