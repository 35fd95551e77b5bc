package dev.magicgre.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.spec.Specs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pact-against-spec check catches what it must, and lets a correct, partial response through. */
class PactSpecValidatorTest {

  private static final PactSpecValidator VALIDATOR = new PactSpecValidator(Specs.currentContent());
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path folder;

  @Test
  void aCorrectInteractionNamingOnlySomeResponseFieldsPasses() throws Exception {
    assertThat(findings(pact -> { })).isEmpty();
  }

  @Test
  void anUndeclaredRequestFieldIsCaught() throws Exception {
    List<Finding> findings = findings(pact -> requestBody(pact).put("region", "eu"));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.side()).isEqualTo("request");
      assertThat(finding.message()).contains("region");
      assertThat(finding.interaction()).contains("fixture.json").contains("a create with x-magic-new-hc-target true");
    });
  }

  @Test
  void aNumberWhereTheSpecSaysStringIsCaughtWithItsPath() throws Exception {
    List<Finding> findings = findings(pact -> result(pact).put("customer_gre_endpoint", 42));

    assertThat(findings).isNotEmpty();
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.side()).isEqualTo("response");
      assertThat(finding.jsonPath()).isEqualTo("/result/customer_gre_endpoint");
    });
  }

  @Test
  void aTargetOfTheWrongFormForTheHeaderIsCaught() throws Exception {
    List<Finding> findings = findings(pact -> ((ObjectNode) result(pact).get("health_check")).put("target", "203.0.113.9"));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.side()).isEqualTo("response");
      assertThat(finding.jsonPath()).isEqualTo("/result/health_check/target");
      assertThat(finding.message()).contains("must be an object");
    });
  }

  @Test
  void aFailureEnvelopeAnsweredAsSuccessIsCaught() throws Exception {
    List<Finding> findings = findings(pact -> ((ObjectNode) responseBody(pact)).put("success", false));

    assertThat(findings).anySatisfy(finding -> assertThat(finding.jsonPath()).isEqualTo("/success"));
  }

  @Test
  void aNegativeInteractionMayBreakARequestRuleButItsFailureEnvelopeIsChecked() throws Exception {
    List<Finding> findings = findings(pact -> {
      requestBody(pact).put("name", "GRE-BAD-NAME");
      ((ObjectNode) pact.at("/interactions/0/response")).put("status", 400);
      ObjectNode envelope = (ObjectNode) responseBody(pact);
      envelope.removeAll();
      envelope.put("success", false).putArray("errors");
      envelope.putArray("messages");
      envelope.putNull("result");
    });

    // the bad name is the point of the interaction; the failure envelope without any error is not allowed
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.side()).isEqualTo("response");
      assertThat(finding.jsonPath()).isEqualTo("/errors");
    });
  }

  // the check is generic over path and method: each interaction is judged by the operation it calls

  @Test
  void aGetOfOneTunnelIsCheckedAgainstItsOwnOperation() throws Exception {
    assertThat(findings(pact -> asGetOfOne(pact))).isEmpty();

    List<Finding> findings = findings(pact -> {
      asGetOfOne(pact);
      ((ObjectNode) result(pact).get("gre_tunnel").get("health_check")).put("target", "203.0.113.9");
    });
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.side()).isEqualTo("response");
      assertThat(finding.jsonPath()).isEqualTo("/result/gre_tunnel/health_check/target");
    });
  }

  @Test
  void anUpdateOfSeveralIsCheckedEntryByEntry() throws Exception {
    assertThat(findings(pact -> asUpdateOfSeveral(pact))).isEmpty();

    List<Finding> findings = findings(pact -> {
      asUpdateOfSeveral(pact);
      ((ObjectNode) pact.at("/interactions/0/request/body/content/gre_tunnels/1/health_check")).put("target", "203.0.113.9");
    });
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.side()).isEqualTo("request");
      assertThat(finding.jsonPath()).isEqualTo("/gre_tunnels/1/health_check/target");
    });
  }

  @Test
  void aDeleteWithoutBodyPassesAndItsAnswerIsChecked() throws Exception {
    assertThat(findings(pact -> asDelete(pact))).isEmpty();

    List<Finding> findings = findings(pact -> {
      asDelete(pact);
      result(pact).put("deleted", "yes");
    });
    assertThat(findings).anySatisfy(finding -> assertThat(finding.jsonPath()).isEqualTo("/result/deleted"));
  }

  @Test
  void aListAnswerWithAFieldTheSpecDoesNotDeclareIsCaught() throws Exception {
    List<Finding> findings = findings(pact -> {
      asList(pact);
      ((ObjectNode) result(pact).get("gre_tunnels").get(0)).put("region", "eu");
    });
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.side()).isEqualTo("response");
      assertThat(finding.message()).contains("region");
    });
  }

  private static final String TUNNEL_ID = "c4a7362d577a6c3019a474fd6f485821";

  /** The fixture's create turned into another operation: method, path, request body and result shape. */
  private static void retarget(JsonNode pact, String method, String pathSuffix, JsonNode requestBody, String resultWrapper,
      boolean resultIsList, String flag) {
    ObjectNode request = (ObjectNode) pact.at("/interactions/0/request");
    request.put("method", method);
    request.put("path", request.get("path").asText() + pathSuffix);
    if (requestBody == null) {
      request.remove("body");
      ((ObjectNode) request.get("headers")).remove("Content-Type");
    } else {
      ((ObjectNode) request.get("body")).set("content", requestBody);
    }
    ObjectNode envelope = (ObjectNode) responseBody(pact);
    JsonNode tunnel = envelope.get("result");
    ObjectNode result = MAPPER.createObjectNode();
    if (flag != null) {
      result.put(flag, true);
    }
    if (resultIsList) {
      result.putArray(resultWrapper).add(tunnel);
    } else {
      result.set(resultWrapper, tunnel);
    }
    envelope.set("result", result);
  }

  private static void asGetOfOne(JsonNode pact) {
    retarget(pact, "GET", "/" + TUNNEL_ID, null, "gre_tunnel", false, null);
  }

  private static void asList(JsonNode pact) {
    retarget(pact, "GET", "", null, "gre_tunnels", true, null);
  }

  private static void asDelete(JsonNode pact) {
    retarget(pact, "DELETE", "/" + TUNNEL_ID, null, "deleted_gre_tunnel", false, "deleted");
  }

  private static void asUpdateOfSeveral(JsonNode pact) {
    ObjectNode first = requestBody(pact).deepCopy().put("id", TUNNEL_ID);
    ObjectNode second = requestBody(pact).deepCopy().put("id", "4f4a2c3b8e8d4a7f9c1e2d3b4a5f6e7d").put("name", "GRE_OTHER");
    ObjectNode body = MAPPER.createObjectNode();
    body.putArray("gre_tunnels").add(first).add(second);
    retarget(pact, "PUT", "", body, "modified_gre_tunnels", true, "modified");
  }

  private List<Finding> findings(Consumer<JsonNode> mutation) throws IOException, URISyntaxException {
    JsonNode pact = MAPPER.readTree(getClass().getResource("/pact-fixtures/valid-object-target.json"));
    mutation.accept(pact);
    Path file = folder.resolve("fixture.json");
    Files.writeString(file, MAPPER.writeValueAsString(pact));
    List<PactInteraction> interactions = PactFiles.interactions(file);
    assertThat(interactions).hasSize(1);
    return VALIDATOR.check(interactions.get(0));
  }

  private static ObjectNode requestBody(JsonNode pact) {
    return (ObjectNode) pact.at("/interactions/0/request/body/content");
  }

  private static JsonNode responseBody(JsonNode pact) {
    return pact.at("/interactions/0/response/body/content");
  }

  private static ObjectNode result(JsonNode pact) {
    return (ObjectNode) responseBody(pact).get("result");
  }
}
