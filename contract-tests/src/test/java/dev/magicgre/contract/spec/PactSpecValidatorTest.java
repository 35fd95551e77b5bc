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
