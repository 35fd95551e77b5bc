package dev.magicgre.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.client.generated.ApiClient;
import dev.magicgre.client.generated.api.GreTunnelsApi;
import dev.magicgre.json.CreateAnswers;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.GreTunnelsCreateResult;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import dev.magicgre.stub.auth.Identities;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated client and the stub, both from the one spec, talk to each other in both target forms. */
class GeneratedClientAgainstStubTest {

  private static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  private static StubServer stub;
  private static GreTunnelsApi api;

  @BeforeAll
  static void startStub() {
    stub = StubServer.start(StubSettings.ephemeral());
    // the JDK client would try an HTTP/2 upgrade first, which Grizzly on plain HTTP does not answer
    ApiClient client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
        GreJson.newObjectMapper(), stub.baseUri().toString());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Identities.EXAMPLE_TOKEN));
    api = new GreTunnelsApi(client);
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @Test
  void createsATunnelWithAStringTarget() throws Exception {
    GreTunnelCreateRequest request = request("GEN_STRING")
        .healthCheck(new GreTunnelHealthCheckRequest().target(HealthCheckTarget.ofAddress("203.0.113.9")));

    GreTunnelsCreateResult response = api.createGreTunnel(ACCOUNT, request, false, false);

    assertThat(response.getSuccess()).isTrue();
    assertThat(response.getErrors()).isEmpty();
    GreTunnel tunnel = CreateAnswers.tunnel(response.getResult());
    assertThat(tunnel.getId()).matches("[0-9a-f]{32}");
    assertThat(tunnel.getName()).isEqualTo("GEN_STRING");
    assertThat(tunnel.getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofAddress("203.0.113.9"));
    assertThat(stub.store().list(ACCOUNT)).extracting(GreTunnel::getId).contains(tunnel.getId());
  }

  @Test
  void createsATunnelWithAnObjectTarget() throws Exception {
    GreTunnelCreateRequest request = request("GEN_OBJECT")
        .healthCheck(new GreTunnelHealthCheckRequest().target(HealthCheckTarget.ofSaved("")));

    GreTunnelsCreateResult response = api.createGreTunnel(ACCOUNT, request, true, false);

    HealthCheckTarget target = CreateAnswers.tunnel(response.getResult()).getHealthCheck().getTarget();
    assertThat(target.isObject()).isTrue();
    assertThat(target.saved()).isEmpty();
    assertThat(target.effective()).isEqualTo("203.0.113.2");
    assertThat(stub.store().list(ACCOUNT)).extracting(GreTunnel::getName).contains("GEN_OBJECT");
  }

  private static GreTunnelCreateRequest request(String name) {
    return new GreTunnelCreateRequest(name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }
}
