package dev.magicgre.contract;

import au.com.dius.pact.provider.junitsupport.State;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.tunnel.TunnelFactory;
import java.time.Clock;
import java.util.Map;

/**
 * The provider states the consumer's pacts name, set up by seeding the stub's store directly (the store is
 * the stub's own, the same object the running server uses). Tunnels are made by the stub's own
 * {@link TunnelFactory}, so their ids are generated as the stub generates them; each handler answers the
 * values the pacts inject ({@code fromProviderState}), so no pact hard-codes an id. Shared by every
 * provider verification.
 */
public final class ProviderStates {

  private final TunnelStore store;
  private final TunnelFactory factory = new TunnelFactory(Clock.systemUTC());

  public ProviderStates(TunnelStore store) {
    this.store = store;
  }

  @State(ContractParties.NO_TUNNELS)
  public Map<String, Object> noTunnels(Map<String, Object> parameters) {
    store.clear();
    // made by the factory and never stored: an id of the stub's kind that names no tunnel
    String unknownId = seedable("UNKNOWN").getId();
    return Map.of("account_id", account(parameters), "unknown_id", unknownId);
  }

  @State(ContractParties.TUNNEL_EXISTS)
  public Map<String, Object> tunnelExists(Map<String, Object> parameters) {
    store.clear();
    String account = account(parameters);
    GreTunnel tunnel = seedable(String.valueOf(parameters.getOrDefault("name", "GRE_TAKEN")));
    store.insert(account, tunnel);
    return Map.of("account_id", account, "id", tunnel.getId());
  }

  @State(ContractParties.TWO_TUNNELS)
  public Map<String, Object> twoTunnels(Map<String, Object> parameters) {
    store.clear();
    String account = account(parameters);
    GreTunnel first = seedable(String.valueOf(parameters.getOrDefault("first", "GRE_A")));
    GreTunnel second = seedable(String.valueOf(parameters.getOrDefault("second", "GRE_B")));
    store.insert(account, first);
    store.insert(account, second);
    return Map.of("account_id", account, "first_id", first.getId(), "second_id", second.getId());
  }

  private static String account(Map<String, Object> parameters) {
    return String.valueOf(parameters.getOrDefault("account_id", ContractParties.ACCOUNT));
  }

  /** A tunnel as the stub would create it from the required fields (stored with the object-form target). */
  private GreTunnel seedable(String name) {
    return factory.create(new GreTunnelCreateRequest(name, "203.0.113.1", PactBodies.CUSTOMER_ENDPOINT, "10.212.0.0/31"));
  }
}
