package dev.magicgre.generated;

/** openapi-generator {@code typescript-fetch}, default options, compiled by tsc and run under node. */
class TypeScriptFetchScenarioTest extends TypeScriptScenario {

  @Override
  public String generator() {
    return "typescript-fetch";
  }
}
