package dev.magicgre.generated;

/** openapi-generator {@code typescript-axios}, default options, compiled by tsc and run under node. */
class TypeScriptAxiosScenarioTest extends TypeScriptScenario {

  @Override
  public String generator() {
    return "typescript-axios";
  }
}
