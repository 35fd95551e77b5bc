package dev.magicgre.generated;

import java.net.URI;
import java.util.List;

/** The scenario run in this JVM, through a generated Java client. */
abstract class JavaClientScenario extends ScenarioAgainstStub {

  /** The client, pointed at {@code baseUri}. */
  abstract GeneratedClient client(URI baseUri);

  @Override
  List<Scenario.StepResult> runScenario(URI baseUri) {
    return new Scenario(client(baseUri)).run();
  }
}
