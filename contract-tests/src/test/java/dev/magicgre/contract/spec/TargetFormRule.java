package dev.magicgre.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.spec.HealthCheckTargets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule OpenAPI cannot say and the spec writes in prose: with {@code x-magic-new-hc-target: true} every health
 * check target is an object in the request and in a success response; otherwise a string. Generic over the
 * operation: the targets are found wherever a tunnel sits ({@code /health_check/target},
 * {@code /gre_tunnels/1/health_check/target}, {@code /result/modified_gre_tunnel/health_check/target} ...).
 */
final class TargetFormRule {

  private TargetFormRule() {
  }

  static List<Finding> check(PactInteraction interaction) {
    boolean objectForm = "true".equalsIgnoreCase(interaction.requestHeader("x-magic-new-hc-target"));
    List<Finding> findings = new ArrayList<>();
    checkTargets(interaction, "request", interaction.requestBody(), objectForm, findings);
    if (interaction.status() / 100 == 2) {
      checkTargets(interaction, "response", interaction.responseBody(), objectForm, findings);
    }
    return findings;
  }

  private static void checkTargets(PactInteraction interaction, String side, JsonNode body, boolean objectForm,
      List<Finding> findings) {
    if (body == null) {
      return;
    }
    for (String wrong : HealthCheckTargets.wrongForm(body, objectForm)) {
      int colon = wrong.indexOf(": ");
      findings.add(new Finding(interaction.where(), side, wrong.substring(0, colon), wrong.substring(colon + 2)));
    }
  }
}
