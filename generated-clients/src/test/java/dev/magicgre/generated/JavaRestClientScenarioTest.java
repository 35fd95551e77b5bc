package dev.magicgre.generated;

import java.net.URI;
import java.util.Map;

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

  /** The merged oneOfs (MergedOneOfs). */
  @Override
  public Map<String, String> knownFailures() {
    return MergedOneOfs.KNOWN_FAILURES;
  }
}
