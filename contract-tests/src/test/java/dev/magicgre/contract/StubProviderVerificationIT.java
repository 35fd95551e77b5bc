package dev.magicgre.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * Replays every pact in the pact folder ({@code contract-tests/target/pacts}) against the stub. Runs in
 * Failsafe (phase integration-test), after the consumer tests (Surefire, phase test) have written the pacts.
 */
@Provider(ContractParties.PROVIDER)
@PactFolder("target/pacts")
class StubProviderVerificationIT extends StubVerification {
}
