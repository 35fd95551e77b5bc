package dev.magicgre.contract;

import au.com.dius.pact.provider.junitsupport.State;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.store.TunnelStore;
import java.util.Map;

/**
 * The provider states the consumer's pacts name, set up by seeding the stub's store directly (the store is
 * the stub's own, the same object the running server uses). Shared by every provider verification.
 */
public final class ProviderStates {

  private final TunnelStore store;

  public ProviderStates(TunnelStore store) {
    this.store = store;
  }

  @State(ContractParties.NO_TUNNELS)
  public void noTunnels() {
    store.clear();
  }

  @State(ContractParties.TUNNEL_EXISTS)
  public void tunnelExists(Map<String, Object> parameters) {
    store.clear();
    String account = String.valueOf(parameters.getOrDefault("account_id", ContractParties.ACCOUNT));
    String name = String.valueOf(parameters.getOrDefault("name", "GRE_TAKEN"));
    store.insert(account,
        new GreTunnel("0123456789abcdef0123456789abcdef", name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31"));
  }
}
