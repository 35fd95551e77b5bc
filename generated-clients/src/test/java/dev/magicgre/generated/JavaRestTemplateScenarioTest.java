package dev.magicgre.generated;

import java.net.URI;

/** openapi-generator {@code java}, library {@code resttemplate}. */
class JavaRestTemplateScenarioTest extends JavaClientScenario {

  @Override
  public String generator() {
    return "java/resttemplate";
  }

  @Override
  public GeneratedClient client(URI baseUri) {
    return new RestTemplateClient(baseUri, TOKEN);
  }
}
