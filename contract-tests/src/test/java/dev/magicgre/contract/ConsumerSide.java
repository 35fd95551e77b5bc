package dev.magicgre.contract;

import au.com.dius.pact.consumer.MockServer;
import dev.magicgre.client.GreTunnelsClient;

/** What every consumer test shares: the facade pointed at Pact's mock server, and the JSON media type. */
final class ConsumerSide {

  /** Pact's JSON body DSL answers with a charset; the facade sends none: a regex takes both. */
  static final String JSON = "application/json(;\\s*charset=.*)?";

  private ConsumerSide() {
  }

  /** The real facade, without retries (a mismatch must fail once, not three times). */
  static GreTunnelsClient client(MockServer mockServer, String token) {
    return GreTunnelsClient.builder()
        .baseUrl(mockServer.getUrl() + ContractParties.BASE_PATH)
        .apiToken(token)
        .maxRetries(0)
        .build();
  }
}
