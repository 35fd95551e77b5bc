package dev.magicgre.generated;

import java.net.URI;

/** openapi-generator {@code java}, library {@code native}. */
class JavaNativeScenarioTest extends JavaClientScenario {

  @Override
  public String generator() {
    return "java/native";
  }

  @Override
  public GeneratedClient client(URI baseUri) {
    return new NativeClient(baseUri, TOKEN);
  }
}
