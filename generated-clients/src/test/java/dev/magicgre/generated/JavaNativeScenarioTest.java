package dev.magicgre.generated;

import java.net.URI;

/** openapi-generator {@code java}, library {@code native}. */
class JavaNativeScenarioTest extends JavaClientScenario {

  @Override
  String generator() {
    return "java/native";
  }

  @Override
  GeneratedClient client(URI baseUri) {
    return new NativeClient(baseUri, TOKEN);
  }
}
