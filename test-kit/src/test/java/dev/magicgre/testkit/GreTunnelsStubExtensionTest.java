package dev.magicgre.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.magicgre.client.PermissionDeniedException;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.stub.auth.Identities;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic form: options in code, the stub reachable from the field. */
class GreTunnelsStubExtensionTest {

  static final String ACCOUNT = StubState.EXAMPLE_ACCOUNT;

  static GreTunnelCreateRequest request(String name) {
    return new GreTunnelCreateRequest(name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }

  @Nested
  class WithOptions {

    @RegisterExtension
    static final GreTunnelsStubExtension STUB = GreTunnelsStubExtension.builder()
        .apiKey(Identities.EXAMPLE_EMAIL, Identities.EXAMPLE_KEY)
        .newTargetFormat(true)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(3))
        .controlApi(false)
        .build();

    @Test
    void theClientUsesTheCredentialsAndTheOptionsTheTargetFormGiven() {
      GreTunnel created = STUB.client().createGreTunnel(ACCOUNT, request("KEYED"), STUB.writeOptions());

      assertThat(STUB.writeOptions().newTargetFormat()).contains(true);
      assertThat(created.getHealthCheck().getTarget().isAddress()).as("object form answered").isFalse();
      assertThat(STUB.state().tunnels(ACCOUNT)).hasSize(1);
    }

    @Test
    void withoutTheControlApiThereIsNoControlUrl() {
      assertThat(STUB.runtimeInfo().controlUrl()).isNull();
      assertThatThrownBy(() -> STUB.runtimeInfo().providerStatesUrl()).isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class WithAReadOnlyToken {

    @RegisterExtension
    static final GreTunnelsStubExtension STUB = GreTunnelsStubExtension.builder()
        .apiToken(Identities.EXAMPLE_READ_ONLY_TOKEN)
        .build();

    @Test
    void theInjectedClientSendsThatToken() {
      assertThatThrownBy(() -> STUB.client().createGreTunnel(ACCOUNT, request("NOPE")))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(STUB.state().count()).isZero();
    }
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class KeepingTheState {

    @RegisterExtension
    static final GreTunnelsStubExtension STUB = GreTunnelsStubExtension.builder().resetBeforeEach(false).build();

    @Test
    @Order(1)
    void theFirstTestCreates() {
      STUB.client().createGreTunnel(ACCOUNT, request("KEPT"));
    }

    @Test
    @Order(2)
    void theNextTestStillSeesIt() {
      assertThat(STUB.state().tunnels(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("KEPT");
    }
  }

  @Test
  void outsideItsTestsTheStubIsNotRunning() {
    GreTunnelsStubExtension notRegistered = GreTunnelsStubExtension.builder().build();

    assertThatThrownBy(notRegistered::client).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theStartupProbeMeasuresAStartToTheFirst200() {
    StartupProbe.Measurement measured = StartupProbe.measure();

    assertThat(measured.start()).isPositive();
    assertThat(measured.firstCreate()).isPositive();
    assertThat(measured.toString()).startsWith("test-kit in-process start to first 200: " + measured.total().toMillis() + " ms");
  }
}
