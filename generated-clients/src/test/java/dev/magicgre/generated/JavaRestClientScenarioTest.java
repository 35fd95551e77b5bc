package dev.magicgre.generated;

import java.net.URI;

/** openapi-generator {@code java}, library {@code restclient}. */
class JavaRestClientScenarioTest extends JavaClientScenario {

  @Override
  public String generator() {
    return "java/restclient";
  }

  @Override
  public GeneratedClient client(URI baseUri) {
    return new RestClientClient(baseUri, TOKEN);
  }
}
