package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.model.GreTunnel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #11, point 4: no request makes the stub answer 500. Every field of every request schema of the spec
 * (read-only ones, and {@code bgp} that an update refuses, included), found by walking the schemas, is set to
 * a value of every JSON type in each of the spec's named request examples, and sent to its operation: every
 * answer is a 200 success envelope or a 4xx failure envelope.
 */
class RequestSchemaFieldsTest {

  private static final String ID = "c4a7362d577a6c3019a474fd6f485821";
  private static final String OTHER_ID = "4f4a2c3b8e8d4a7f9c1e2d3b4a5f6e7d";
  /**
   * One value of each JSON type (an integer beyond every machine range, a fraction, a valid address as the
   * string, an array of mixed items, an object with the target's members of wrong types).
   */
  private static final List<String> VALUES = List.of("null", "true", "1.5", "99999999999999999999",
      "\"203.0.113.9\"", "[1, \"a\"]", "{\"saved\": 1, \"effective\": {}}");

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  private static OpenAPI spec;

  @BeforeAll
  static void readSpec() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    spec = new OpenAPIV3Parser().read("../spec/openapi.yaml", null, options);
    assertThat(spec).as("the spec parses").isNotNull();
  }

  @Test
  void everyFieldWithEveryJsonTypeIsAnsweredWithAnEnvelopeNever500() {
    int cases = 0;
    long started = System.nanoTime();
    for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        if (operation.getRequestBody() == null) {
          continue;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        Set<String> pointers = new TreeSet<>();
        pointers.add("");
        collect(json.getSchema(), "", pointers);
        pointers.add("/not_in_the_schema");
        for (Map.Entry<String, Example> example : json.getExamples().entrySet()) {
          JsonNode base = StubHttp.JSON.valueToTree(example.getValue().getValue());
          for (String pointer : pointers) {
            if (!fits(pointer, base)) {
              continue;
            }
            for (String value : VALUES) {
              JsonNode body = set(base.deepCopy(), pointer, value);
              StubHttp.Reply reply = send(entry.getKey().name(), path.getKey(), example.getKey(), body);
              String what = entry.getKey() + " " + path.getKey() + " (" + example.getKey() + ") " + pointer + " = " + value;
              assertThat(reply.status()).as("%s answered %s", what, reply).isLessThan(500);
              if (reply.status() == 200) {
                Expect.success(reply);
              } else {
                Expect.failure(reply, reply.status());
              }
              cases++;
            }
          }
        }
      }
    }
    System.out.println("RequestSchemaFieldsTest: " + cases + " requests, none answered 500, " + (System.nanoTime() - started) / 1_000_000 + " ms");
    assertThat(cases).as("cases tried").isGreaterThan(1000);
  }

  /**
   * A pointer into one body shape of a create is tried on the examples of that shape only: a field of the bare
   * tunnel set in {@code {"gre_tunnels": [...]}} (or the other way round) says nothing new.
   */
  private static boolean fits(String pointer, JsonNode example) {
    if (pointer.isEmpty() || pointer.equals("/not_in_the_schema") || !example.isObject()) {
      return true;
    }
    return pointer.startsWith("/gre_tunnels") == example.has("gre_tunnels");
  }

  /** Every property below {@code schema}, through objects, array items (index 0), oneOf/anyOf/allOf and not. */
  private static void collect(Schema<?> schema, String pointer, Set<String> pointers) {
    if (schema == null || pointer.split("/").length > 8) {
      return;
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> {
        pointers.add(pointer + "/" + name);
        collect(property, pointer + "/" + name, pointers);
      });
    }
    if (schema.getItems() != null) {
      pointers.add(pointer + "/0");
      collect(schema.getItems(), pointer + "/0", pointers);
    }
    for (List<Schema> variants : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())) {
      if (variants != null) {
        variants.forEach(variant -> collect(variant, pointer, pointers));
      }
    }
    if (schema.getNot() != null && schema.getNot().getRequired() != null) {
      schema.getNot().getRequired().forEach(name -> pointers.add(pointer + "/" + name));
    }
  }

  private static StubHttp.Reply send(String method, String path, String exampleName, JsonNode body) {
    // the two example tunnels the examples name, fresh for every case
    STUB.server().store().clear();
    STUB.server().store().insert(StubHttp.ACCOUNT, tunnel(ID, "GRE_1"));
    STUB.server().store().insert(StubHttp.ACCOUNT, tunnel(OTHER_ID, "GRE_2"));
    String rawPath = path.replace("{account_id}", StubHttp.ACCOUNT).replace("{gre_tunnel_id}", ID);
    return STUB.http().create(body).method(method).path(rawPath)
        .header("x-magic-new-hc-target", String.valueOf(exampleName.toLowerCase().contains("object"))).send();
  }

  private static GreTunnel tunnel(String id, String name) {
    OffsetDateTime now = OffsetDateTime.parse("2026-11-25T10:15:30Z");
    return new GreTunnel(id, name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31").createdOn(now).modifiedOn(now);
  }

  /** {@code body} with the value at {@code pointer} replaced (parents made as objects, or arrays for an index). */
  private static JsonNode set(JsonNode body, String pointer, String rawJson) {
    JsonNode value = Bodies.parse(rawJson);
    if (pointer.isEmpty()) {
      return value;
    }
    String[] steps = pointer.substring(1).split("/");
    JsonNode parent = body;
    for (int i = 0; i < steps.length; i++) {
      boolean last = i == steps.length - 1;
      boolean nextIsIndex = !last && steps[i + 1].matches("\\d+");
      JsonNode child = last ? value : childOf(parent, steps[i]);
      if (child == null || !last && !(child.isContainerNode())) {
        child = nextIsIndex ? StubHttp.JSON.createArrayNode() : StubHttp.JSON.createObjectNode();
      }
      if (parent instanceof ObjectNode object) {
        object.set(steps[i], child);
      } else if (parent instanceof ArrayNode array) {
        int index = Integer.parseInt(steps[i]);
        if (index < array.size()) {
          array.set(index, child);
        } else {
          array.add(child);
        }
      }
      parent = child;
    }
    return body;
  }

  private static JsonNode childOf(JsonNode parent, String step) {
    return parent.isArray() ? parent.get(Integer.parseInt(step)) : parent.get(step);
  }
}
