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

  /** The oneOf of health_check.target merged into an object: the string form can neither be sent nor read. */
  @Override
  public Map<String, String> knownFailures() {
    return MergedOneOfs.KNOWN_FAILURES;
  }
}
