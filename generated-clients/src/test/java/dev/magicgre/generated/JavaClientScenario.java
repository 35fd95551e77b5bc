package dev.magicgre.generated;

import java.net.URI;
import java.util.List;

/** The scenario run in this JVM, through a generated Java client. */
public abstract class JavaClientScenario extends ScenarioAgainstStub {

  /** The client, pointed at {@code baseUri}. */
  public abstract GeneratedClient client(URI baseUri);

  @Override
  protected List<Scenario.StepResult> runScenario(URI baseUri) {
    return new Scenario(client(baseUri)).run();
  }
}
