package dev.magicgre.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.magicgre.client.ApiConnectionException;
import dev.magicgre.client.GreTunnelsClient;
import dev.magicgre.client.RateLimitedException;
import dev.magicgre.client.ServerException;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.stub.auth.Identities;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Issue #21, item 4: faults armed through StubState and through the control URL, counted down, cleared by a reset. */
@GreTunnelsStubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsThroughTheExtensionTest {

  private static final String ACCOUNT = StubState.EXAMPLE_ACCOUNT;

  private static GreTunnelsClient withoutRetries(GreTunnelsStubRuntimeInfo stub) {
    return GreTunnelsClient.builder().baseUrl(stub.baseUrl()).apiToken(Identities.EXAMPLE_TOKEN).maxRetries(0).build();
  }

  private static GreTunnelCreateRequest request(String name) {
    return new GreTunnelCreateRequest(name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }

  @Test
  @Order(1)
  void aStatusFaultIsAnsweredForItsCallsThenCountedDown(StubState state, GreTunnelsStubRuntimeInfo stub) {
    GreTunnelsClient client = withoutRetries(stub);
    state.failNext("createGreTunnel", 2, 503, null);

    assertThat(client.listGreTunnels(ACCOUNT)).isEmpty();
    for (int i = 0; i < 2; i++) {
      ServerException failure = catchThrowableOfType(ServerException.class, () -> client.createGreTunnel(ACCOUNT, request("GRE_1")));
      assertThat(failure.status()).isEqualTo(503);
    }
    assertThat(state.armedFaults()).isEmpty();
    assertThat(state.count()).isZero();

    assertThat(client.createGreTunnel(ACCOUNT, request("GRE_1")).getName()).isEqualTo("GRE_1");
  }

  /** Armed here and left armed: the extension's reset before the next test must clear it. */
  @Test
  @Order(2)
  void aRateLimitFaultCarriesRetryAfter(StubState state, GreTunnelsStubRuntimeInfo stub) {
    state.failNext(null, 10, 429, 7);

    RateLimitedException failure = catchThrowableOfType(RateLimitedException.class,
        () -> withoutRetries(stub).listGreTunnels(ACCOUNT));

    assertThat(failure.errors().get(0).code()).isEqualTo(971);
    assertThat(failure.headers()).anySatisfy((name, values) -> {
      assertThat(name).isEqualToIgnoringCase("Retry-After");
      assertThat(values).containsExactly("7");
    });
    assertThat(state.armedFaults()).hasSize(1).first().extracting(fault -> fault.get("times")).isEqualTo(9);
  }

  @Test
  @Order(3)
  void theResetBeforeThisTestClearedTheFaultLeftArmed(StubState state, GreTunnelsStubRuntimeInfo stub) {
    assertThat(state.armedFaults()).isEmpty();
    assertThat(withoutRetries(stub).listGreTunnels(ACCOUNT)).isEmpty();
  }

  @Test
  @Order(4)
  void aDroppedConnectionIsAConnectionFailureAndAResetClearsFaults(StubState state, GreTunnelsStubRuntimeInfo stub) {
    GreTunnelsClient client = withoutRetries(stub);
    state.dropNext("listGreTunnels", 1);

    catchThrowableOfType(ApiConnectionException.class, () -> client.listGreTunnels(ACCOUNT));
    state.failNext(null, 3, 500, null);
    state.reset();

    assertThat(client.listGreTunnels(ACCOUNT)).isEmpty();
  }

  @Test
  @Order(5)
  void faultsArmedThroughTheControlUrlAreAnsweredToo(StubState state, GreTunnelsStubRuntimeInfo stub)
      throws IOException, InterruptedException {
    HttpResponse<String> armed = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(stub.controlUrl() + "/faults")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"operation\": \"getGreTunnel\", \"status\": 502}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(armed.statusCode()).as(armed.body()).isEqualTo(200);

    ServerException failure = catchThrowableOfType(ServerException.class,
        () -> withoutRetries(stub).getGreTunnel(ACCOUNT, "0123456789abcdef0123456789abcdef"));

    assertThat(failure.status()).isEqualTo(502);
    assertThat(state.armedFaults()).isEmpty();
  }
}
