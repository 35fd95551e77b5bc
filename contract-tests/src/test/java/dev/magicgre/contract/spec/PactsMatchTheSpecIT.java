package dev.magicgre.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.spec.Specs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every interaction of every pact in the pact folder obeys {@code spec/openapi.yaml}, request and response.
 * Pact alone proves consumer and provider agree with each other; this proves they agree with the spec.
 * Runs in Failsafe, after the consumer tests have written the pacts.
 */
class PactsMatchTheSpecIT {

  @Test
  void everyPactInteractionObeysTheSpec() {
    Path folder = Path.of(System.getProperty("pact.folder", "target/pacts"));
    List<Path> pacts = PactFiles.in(folder);
    assertThat(pacts).as("pact files in " + folder.toAbsolutePath()).isNotEmpty();

    PactSpecValidator validator = new PactSpecValidator(Specs.currentContent());
    List<Finding> findings = new ArrayList<>();
    int interactions = 0;
    for (Path pact : pacts) {
      for (PactInteraction interaction : PactFiles.interactions(pact)) {
        interactions++;
        findings.addAll(validator.check(interaction));
      }
    }

    assertThat(interactions).as("interactions checked").isPositive();
    assertThat(findings)
        .as("pact interactions that disagree with spec/openapi.yaml:%n%s",
            findings.stream().map(finding -> "  - " + finding).collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
  }
}
