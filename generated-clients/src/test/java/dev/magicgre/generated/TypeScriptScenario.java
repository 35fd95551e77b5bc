package dev.magicgre.generated;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario run under node through a generated TypeScript client (src/test/ts/scenario.ts, the same steps
 * under the same names), against this JVM's stub; its STEP lines become the step results.
 */
abstract class TypeScriptScenario extends ScenarioAgainstStub {

  /** The node command line: the compiled scenario for this generator, against {@code baseUri}. */
  List<String> nodeCommand(Path scenario, URI baseUri) {
    return List.of("node", scenario.toString(), generator(), baseUri.toString(), TOKEN);
  }

  @Override
  protected List<Scenario.StepResult> runScenario(URI baseUri) throws Exception {
    TypeScriptBuild.Result run = TypeScriptBuild.run(nodeCommand(TypeScriptBuild.scenario(), baseUri));
    List<Scenario.StepResult> results = new ArrayList<>();
    for (String line : run.output().split("\n")) {
      String[] fields = line.split("\t", 4);
      if (fields.length >= 3 && "STEP".equals(fields[0])) {
        results.add(new Scenario.StepResult(fields[1], "PASS".equals(fields[2]) ? null
            : fields.length == 4 ? fields[3] : "failed without a reason"));
      }
    }
    if (run.status() != 0 || results.isEmpty()) {
      throw new AssertionError("generator " + generator() + ": the scenario did not run (exit " + run.status() + "):\n"
          + run.output());
    }
    return results;
  }
}
