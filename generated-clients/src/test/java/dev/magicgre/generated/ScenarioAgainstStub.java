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
 * generator and each operation that did not work, with the reason: every generator must pass every step.
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
            .map(r -> "\n  FAILED " + r.step() + " -- " + r.reason()).collect(Collectors.joining()));
    Map<String, String> failed = new TreeMap<>();
    results.stream().filter(r -> !r.passed()).forEach(r -> failed.put(r.step(), r.reason()));
    assertThat(failed).as("generator %s: operations its generated client failed on", generator()).isEmpty();
  }
}
