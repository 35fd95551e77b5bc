package dev.magicgre.testkit;

/**
 * Where the test's stub listens, like WireMock's {@code WireMockRuntimeInfo}.
 *
 * @param baseUrl the API root, {@code http://127.0.0.1:<port>/client/v4}: give it to the code under test
 * @param port the ephemeral port
 * @param controlUrl the control API's root ({@code http://127.0.0.1:<port>/__stub}), or null when it is off
 */
public record GreTunnelsStubRuntimeInfo(String baseUrl, int port, String controlUrl) {

  /** The Pact provider-states URL of this stub, for a verifier's {@code --provider-states-setup-url}. */
  public String providerStatesUrl() {
    if (controlUrl == null) {
      throw new IllegalStateException("the control API is off for this stub (controlApi = false)");
    }
    return controlUrl + "/provider-states";
  }
}
