package dev.magicgre.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.magicgre.client.BadRequestException;
import dev.magicgre.client.WriteOptions;
import dev.magicgre.client.GreTunnelsClient;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import org.junit.jupiter.api.Test;

// The README's test-kit example, run by the build as an ordinary test class; ReadmeExampleTest checks that the
// README shows the lines between the markers verbatim.
// readme:begin
@GreTunnelsStubTest
class ProvisioningTest {

  static final String ACCOUNT = StubState.EXAMPLE_ACCOUNT;

  @Test
  void storesTheTunnelItCreates(GreTunnelsClient client, StubState state) {
    GreTunnel created = client.createGreTunnel(ACCOUNT,
        new GreTunnelCreateRequest("GRE_1", "203.0.113.1", "203.0.113.2", "10.212.0.0/31"));

    assertThat(state.tunnels(ACCOUNT)).extracting(GreTunnel::getId).containsExactly(created.getId());
  }

  @Test
  void refusesANameTheAccountAlreadyUses(GreTunnelsStubRuntimeInfo stub, StubState state, WriteOptions options) {
    state.seedTunnel(ACCOUNT, "GRE_1");   // the state starts empty in every test
    GreTunnelsClient yourCode = GreTunnelsClient.builder()
        .baseUrl(stub.baseUrl())          // http://127.0.0.1:<port>/client/v4
        .apiToken("Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY")
        .build();

    assertThatThrownBy(() -> yourCode.createGreTunnel(ACCOUNT,
        new GreTunnelCreateRequest("GRE_1", "203.0.113.1", "203.0.113.2", "10.212.0.0/31"), options))
        .isInstanceOfSatisfying(BadRequestException.class,
            refused -> assertThat(refused.errors().get(0).code()).isEqualTo(1004));
    assertThat(state.count()).isEqualTo(1);
  }
}
// readme:end
