package dev.magicgre.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule OpenAPI cannot say and the spec writes in prose: with {@code x-magic-new-hc-target: true} the
 * health check target is an object in the request and in a success response; otherwise a string.
 */
final class TargetFormRule {

  private TargetFormRule() {
  }

  static List<Finding> check(PactInteraction interaction) {
    boolean objectForm = "true".equalsIgnoreCase(interaction.requestHeader("x-magic-new-hc-target"));
    List<Finding> findings = new ArrayList<>();
    checkTarget(interaction, "request", interaction.requestBody(), "/health_check/target", objectForm, findings);
    if (interaction.status() / 100 == 2) {
      checkTarget(interaction, "response", interaction.responseBody(), "/result/health_check/target", objectForm, findings);
    }
    return findings;
  }

  private static void checkTarget(PactInteraction interaction, String side, JsonNode body, String pointer,
      boolean objectForm, List<Finding> findings) {
    if (body == null) {
      return;
    }
    JsonNode target = body.at(pointer);
    if (target.isMissingNode()) {
      return;
    }
    if (objectForm && !target.isObject()) {
      findings.add(new Finding(interaction.where(), side, pointer,
          "x-magic-new-hc-target is true, so the target must be an object {saved, effective}, not " + target.getNodeType()));
    } else if (!objectForm && !target.isTextual()) {
      findings.add(new Finding(interaction.where(), side, pointer,
          "x-magic-new-hc-target is absent or false, so the target must be a string, not " + target.getNodeType()));
    }
  }
}
