package dev.magicgre.generated;

import java.net.URI;

/** openapi-generator {@code java}, library {@code okhttp-gson} (the default). */
class JavaOkHttpGsonScenarioTest extends JavaClientScenario {

  @Override
  public String generator() {
    return "java/okhttp-gson";
  }

  @Override
  public GeneratedClient client(URI baseUri) {
    return new OkHttpGsonClient(baseUri, TOKEN);
  }
}
