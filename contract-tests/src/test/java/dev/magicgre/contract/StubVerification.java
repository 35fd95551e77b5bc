package dev.magicgre.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import java.net.MalformedURLException;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider verification against the real stub, started by the same code as {@code main} on an ephemeral
 * loopback port, with the provider states seeding its store. Subclasses only say where the pacts come from.
 */
abstract class StubVerification {

  private static StubServer stub;

  @BeforeAll
  static void startStub() {
    stub = StubServer.start(StubSettings.ephemeral());
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @BeforeEach
  void pointPactAtTheStub(PactVerificationContext context) throws MalformedURLException {
    if (context != null) {
      context.setTarget(HttpTestTarget.Companion.fromUrl(new URL("http://127.0.0.1:" + stub.port() + "/")));
      context.withStateChangeHandlers(new ProviderStates(stub.store()));
    }
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theStubHonoursTheInteraction(PactVerificationContext context) {
    context.verifyInteraction();
  }
}
