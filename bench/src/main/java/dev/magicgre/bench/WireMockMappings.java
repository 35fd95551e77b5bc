package dev.magicgre.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Writes WireMock's static mappings for the load benchmark's WireMock peer: one a operation, matching the
 * operation's method, the collection or item path and the {@code X-Bench-Op} header, answering the stub's own
 * status and body for it ({@link FixedAnswers}), inline (no file read per request). This is how a team would
 * stand WireMock in for the API: a canned answer per route.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.magicgre.bench.WireMockMappings --answers DIR --root DIR}:
 * writes {@code ROOT/mappings/OP.json}; start WireMock with {@code --root-dir ROOT}.
 */
public final class WireMockMappings {

  /** The method of each operation the wrk scripts name. */
  private static final Map<String, String> METHODS = Map.of(
      "create", "POST", "create10", "POST", "validate_only", "POST", "invalid", "POST",
      "get", "GET", "list", "GET", "update", "PUT", "delete", "DELETE");
  private static final String COLLECTION = "/client/v4/accounts/[0-9a-f]{32}/magic/gre_tunnels";
  private static final String ITEM = COLLECTION + "/[0-9a-f]{32}";
  /** The operations on one tunnel's path. */
  private static final Set<String> ITEM_OPERATIONS = Set.of("get", "update", "delete");

  private WireMockMappings() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> flags = FixedAnswers.flags(args, "--answers", "--root");
    Path answersFolder = Path.of(flags.getOrDefault("--answers", "bench/target/answers"));
    Path mappings = Path.of(flags.getOrDefault("--root", "bench/target/wiremock-root")).resolve("mappings");
    Files.createDirectories(mappings);
    FixedAnswers answers = FixedAnswers.load(answersFolder);
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, String> operation : METHODS.entrySet()) {
      String name = operation.getKey();
      if (!Files.exists(answersFolder.resolve(name + ".json"))) {
        continue;
      }
      FixedAnswers.Answer answer = answers.forOperation(name);
      ObjectNode mapping = json.createObjectNode();
      ObjectNode request = mapping.putObject("request");
      request.put("method", operation.getValue());
      request.put("urlPathPattern", ITEM_OPERATIONS.contains(name) ? ITEM : COLLECTION);
      request.putObject("headers").putObject(FixedAnswers.OPERATION_HEADER).put("equalTo", name);
      ObjectNode response = mapping.putObject("response");
      response.put("status", answer.status());
      response.put("body", new String(answer.body(), StandardCharsets.UTF_8));
      response.putObject("headers").put("Content-Type", "application/json");
      json.writerWithDefaultPrettyPrinter().writeValue(mappings.resolve(name + ".json").toFile(), mapping);
    }
  }
}
