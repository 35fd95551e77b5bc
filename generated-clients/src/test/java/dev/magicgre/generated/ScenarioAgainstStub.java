package dev.magicgre.generated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import dev.magicgre.stub.auth.Identities;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scenario of one generator's client against a fresh in-process stub on an ephemeral port. Fails naming the
 * generator and each operation that did not work; a step this generator is known not to manage must be listed in
 * {@link #knownFailures()} with the reason, and then must still fail (so that the list cannot go stale).
 */
public abstract class ScenarioAgainstStub {

  private static final Logger LOG = LoggerFactory.getLogger(ScenarioAgainstStub.class);

  /** The bearer token the stub's example identity accepts (Authorization: Bearer ...). */
  public static final String TOKEN = Identities.EXAMPLE_TOKEN;

  private StubServer stub;

  /** The generator and library, as openapi-generator names them ({@code java/native}). */
  public abstract String generator();

  /** Runs the scenario through this generator's client, pointed at {@code baseUri} ({@code http://127.0.0.1:port/client/v4}). */
  protected abstract List<Scenario.StepResult> runScenario(URI baseUri) throws Exception;

  /** Step name to the reason this generator, with default options, cannot pass it. */
  public Map<String, String> knownFailures() {
    return Map.of();
  }

  @BeforeEach
  void startStub() {
    stub = StubServer.start(StubSettings.ephemeral());
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void drivesTheWholeResource() throws Exception {
    List<Scenario.StepResult> results = runScenario(stub.baseUri());

    long passed = results.stream().filter(Scenario.StepResult::passed).count();
    // one line per generator for the table of docs/generated-clients.md, then each failed step with its reason
    LOG.info("[generated-clients] {}: {} of {} steps passed{}", generator(), passed, results.size(),
        results.stream().filter(r -> !r.passed())
            .map(r -> "\n  FAILED " + r.step() + " -- " + r.reason()
                + (knownFailures().containsKey(r.step()) ? " [known: " + knownFailures().get(r.step()) + "]" : ""))
            .collect(Collectors.joining()));
    Map<String, String> unexpected = new TreeMap<>();
    results.stream().filter(r -> !r.passed() && !knownFailures().containsKey(r.step()))
        .forEach(r -> unexpected.put(r.step(), r.reason()));
    List<String> staleKnown = results.stream().filter(r -> r.passed() && knownFailures().containsKey(r.step()))
        .map(Scenario.StepResult::step).toList();
    assertThat(unexpected).as("generator %s: operations its generated client failed on", generator()).isEmpty();
    assertThat(staleKnown).as("generator %s: steps listed as known failures that now pass", generator()).isEmpty();
  }
}
