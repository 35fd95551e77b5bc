package dev.magicgre.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.net.MalformedURLException;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ordinary provider verification, pointed at whichever {@link BrokenStub} {@link ContractBitesIT} set.
 * Its name matches neither Surefire's nor Failsafe's patterns: it only ever runs inside ContractBitesIT,
 * through the JUnit launcher, so that a failing verification is an observed result rather than a red build.
 */
@Provider(ContractParties.PROVIDER)
@PactFolder("target/pacts")
class BrokenProviderVerification {

  static volatile BrokenStub target;

  @BeforeEach
  void pointPactAtTheBrokenStub(PactVerificationContext context) throws MalformedURLException {
    context.setTarget(HttpTestTarget.Companion.fromUrl(new URL("http://127.0.0.1:" + target.port() + "/")));
    context.withStateChangeHandlers(new ProviderStates(target.store()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theStubHonoursTheInteraction(PactVerificationContext context) {
    context.verifyInteraction();
  }
}
