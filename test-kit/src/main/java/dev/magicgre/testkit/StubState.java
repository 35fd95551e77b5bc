package dev.magicgre.testkit;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.gateway.ApiOperations;
import dev.magicgre.stub.gateway.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stub's state, for a test's given and then: seed tunnels into an account (the fields given, defaults for the
 * rest, checked and given an id as a create would), read what the code under test created, reset. Tunnels are
 * as stored: {@code health_check.target} in object form whatever form a request used. Faults make the next calls
 * fail, answer late or drop the connection, for testing retries and timeouts.
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

  /** Empties every account, and forgets the armed faults and the rate limit's windows. */
  public void reset() {
    server.store().clear();
    server.gateway().reset();
  }

  /**
   * The next {@code times} calls of {@code operation} (an operationId such as {@code "createGreTunnel"}, or null for
   * every operation) are answered {@code status} with Cloudflare's failure envelope (code 971 for a 429, 10500
   * otherwise) instead of their answer; {@code retryAfterSeconds} (null for none) is sent as {@code Retry-After}.
   */
  public void failNext(String operation, int times, int status, Integer retryAfterSeconds) {
    arm(new Fault(operation, status, 0, null, 0, false, retryAfterSeconds), times);
  }

  /** The next {@code times} calls of {@code operation} (null: every one) are answered as usual, after {@code delay}. */
  public void delayNext(String operation, int times, Duration delay) {
    arm(new Fault(operation, 0, 0, null, delay.toMillis(), false, null), times);
  }

  /** The next {@code times} calls of {@code operation} (null: every one) get no answer: the connection is closed. */
  public void dropNext(String operation, int times) {
    arm(new Fault(operation, 0, 0, null, 0, true, null), times);
  }

  /** The faults still armed, in order: each as the control API shows it ({@code times} is what it has left). */
  public List<Map<String, Object>> armedFaults() {
    return server.faults().describe();
  }

  /** Forgets every armed fault. */
  public void clearFaults() {
    server.faults().clear();
  }

  private void arm(Fault fault, int times) {
    if (fault.operation() != null && !ApiOperations.names().contains(fault.operation())) {
      throw new IllegalArgumentException("no operation " + fault.operation() + ": one of " + ApiOperations.names());
    }
    server.faults().arm(fault, times);
  }

  public void reset(String accountId) {
    server.store().clear(accountId);
  }
}
