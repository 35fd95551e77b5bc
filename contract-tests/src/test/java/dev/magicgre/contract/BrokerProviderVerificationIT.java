package dev.magicgre.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerAuth;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Verifies the pacts other teams published to a Pact Broker, when one is named:
 * {@code mvn verify -Dpactbroker.url=https://broker.example -Dpactbroker.auth.token=...} (or username and
 * password). Results go back to the broker only with {@code -Dpact.verifier.publishResults=true}.
 * Without a broker URL this class is skipped, so the build never depends on a network service.
 */
@Provider(ContractParties.PROVIDER)
@PactBroker(url = "${pactbroker.url}",
    authentication = @PactBrokerAuth(token = "${pactbroker.auth.token:}",
        username = "${pactbroker.auth.username:}", password = "${pactbroker.auth.password:}"))
@EnabledIfSystemProperty(named = "pactbroker.url", matches = ".+")
class BrokerProviderVerificationIT extends StubVerification {
}
