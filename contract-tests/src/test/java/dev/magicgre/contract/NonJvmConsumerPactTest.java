package dev.magicgre.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.provider.ConsumerInfo;
import au.com.dius.pact.provider.IConsumerInfo;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import dev.magicgre.stub.ControlApiSettings;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-JVM consumer's pact (the V3 file pact-js writes, with provider states and ids injected from them) verified
 * against the stub the way a non-JVM verifier does it: the state changes go over HTTP to the stub's control API
 * ({@code /__stub/provider-states}), none through Java {@code @State} methods. pact-jvm's core verifier, configured
 * with a state-change URL as the Maven and Gradle plugins configure it, plays that verifier.
 */
class NonJvmConsumerPactTest {

  static final Path PACT = Path.of("src/test/resources/pact-js/magic-gre-js-consumer-magic-gre-stub.json");

  static StubServer stub;

  @BeforeAll
  static void startTheStubWithItsControlApi() {
    stub = StubServer.start(StubSettings.ephemeral().withControlApi(ControlApiSettings.OPEN));
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @Test
  void theJsConsumersPactHoldsAgainstTheStub() throws MalformedURLException {
    List<VerificationResult> results = verify(PACT.toFile());

    assertThat(results).isNotEmpty().allSatisfy(result ->
        assertThat(result).as(describe(result)).isInstanceOf(VerificationResult.Ok.class));
  }

  @Test
  void anUnknownProviderStateFailsTheVerification(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"),
        Files.readString(PACT).replace("\"no GRE tunnels exist\"", "\"no GRE tunnels at all\""));

    List<VerificationResult> results = verify(broken.toFile());

    assertThat(results).anySatisfy(result -> assertThat(result).isInstanceOf(VerificationResult.Failed.class));
    assertThat(describe(results.get(0))).contains("no GRE tunnels at all");
  }

  private static List<VerificationResult> verify(File pact) throws MalformedURLException {
    ProviderInfo provider = new ProviderInfo(ContractParties.PROVIDER);
    provider.setProtocol("http");
    provider.setHost("127.0.0.1");
    provider.setPort(stub.port());
    provider.setPath("/");
    provider.setStateChangeUrl(new URL("http://127.0.0.1:" + stub.port() + "/__stub/provider-states"));
    provider.setStateChangeUsesBody(true);
    provider.setStateChangeTeardown(true);
    ConsumerInfo consumer = new ConsumerInfo("magic-gre-js-consumer");
    consumer.setPactSource(new FileSource(pact));
    List<IConsumerInfo> consumers = new ArrayList<>();
    consumers.add(consumer);
    provider.setConsumers(consumers);
    return new ProviderVerifier().verifyProvider(provider);
  }

  private static String describe(VerificationResult result) {
    if (result instanceof VerificationResult.Failed failed) {
      return failed.getDescription() + ": " + failed.getFailures();
    }
    return result.toString();
  }
}
