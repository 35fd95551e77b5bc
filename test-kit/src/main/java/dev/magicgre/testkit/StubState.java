package dev.magicgre.testkit;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.StubServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stub's state, for a test's given and then: seed tunnels into an account (the fields given, defaults for the
 * rest, checked and given an id as a create would), read what the code under test created, reset. Tunnels are
 * as stored: {@code health_check.target} in object form whatever form a request used.
 */
public final class StubState {

  /** The stub's example account, which its default credentials may write to. */
  public static final String EXAMPLE_ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";

  private final StubServer server;

  StubState(StubServer server) {
    this.server = server;
  }

  /**
   * Seeds one tunnel with these fields (JSON names, e.g. {@code Map.of("name", "GRE_1", "mtu", 1400)}), the
   * required ones it lacks defaulted (a unique name, 203.0.113.1 / 203.0.113.2, 10.212.0.0/31).
   *
   * @throws IllegalArgumentException naming every broken rule (nothing is seeded then)
   */
  public GreTunnel seedTunnel(String accountId, Map<String, ?> fields) {
    return seedTunnels(accountId, List.of(fields)).get(0);
  }

  /** A tunnel of defaults only, named {@code name}. */
  public GreTunnel seedTunnel(String accountId, String name) {
    return seedTunnel(accountId, Map.of("name", name));
  }

  /** Seeds several tunnels, all or none, in order; answers them as stored. */
  public List<GreTunnel> seedTunnels(String accountId, List<? extends Map<String, ?>> fieldsOfEach) {
    try {
      return server.seeder().seedValues(accountId, fieldsOfEach);
    } catch (dev.magicgre.stub.error.ApiProblem refused) {
      throw new IllegalArgumentException("the stub refused the seed: " + refused.errors(), refused);
    }
  }

  /** The account's tunnels in creation order. */
  public List<GreTunnel> tunnels(String accountId) {
    return server.store().list(accountId);
  }

  public Optional<GreTunnel> tunnel(String accountId, String id) {
    return server.store().find(accountId, id);
  }

  /** How many tunnels every account holds together. */
  public long count() {
    return server.store().size();
  }

  /** Empties every account. */
  public void reset() {
    server.store().clear();
  }

  public void reset(String accountId) {
    server.store().clear(accountId);
  }
}
