package dev.magicgre.stub.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.fidelity.FidelityLedger;
import dev.magicgre.stub.gateway.Fault;
import dev.magicgre.stub.gateway.FaultJson;
import dev.magicgre.stub.gateway.GatewayState;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.tunnel.TunnelSeeder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control API, under {@code /__stub}: what a test needs to set the stub's state up and look at it, outside
 * the Cloudflare API (its own Jersey application: none of the API's filters, credentials or codes apply here).
 * Bodies must be {@code application/json} and no page of another origin may call it ({@link CrossSiteGuard}).
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class ControlResource {

  private static final Logger LOG = LoggerFactory.getLogger(ControlResource.class);

  private final TunnelStore store;
  private final TunnelSeeder seeder;
  private final ProviderStateHandlers providerStates;
  private final ControlJson json;
  private final FidelityLedger ledger;
  private final GatewayState gateway;

  @Inject
  ControlResource(TunnelStore store, TunnelSeeder seeder, ProviderStateHandlers providerStates, ControlJson json,
      FidelityLedger ledger, GatewayState gateway) {
    this.store = store;
    this.seeder = seeder;
    this.providerStates = providerStates;
    this.json = json;
    this.ledger = ledger;
    this.gateway = gateway;
  }

  /**
   * Arms a fault for the next calls: {@code {"operation": "createGreTunnel" (absent: every operation), "times": 1,
   * "status": 503, "code": ..., "message": ..., "retry_after": 3, "delay_ms": 0, "drop": false}}. Answers what is
   * armed.
   */
  @POST
  @Path("faults")
  public Map<String, Object> armFault(byte[] body) {
    Map.Entry<Fault, Integer> fault;
    try {
      fault = FaultJson.read(json.parse(body));
      gateway.faults().arm(fault.getKey(), fault.getValue());
    } catch (IllegalArgumentException invalid) {
      throw ControlErrorCode.INVALID_STATE_CHANGE.problem(null, invalid.getMessage());
    }
    LOG.debug("Control: fault armed for {}", fault.getKey().operation() == null ? "every operation" : fault.getKey().operation());
    return ControlJson.success(Map.of("faults", gateway.faults().describe()));
  }

  /** The faults armed, in order, with the calls each has left. */
  @GET
  @Path("faults")
  public Map<String, Object> faults() {
    return ControlJson.success(Map.of("faults", gateway.faults().describe()));
  }

  /** Forgets every armed fault. */
  @DELETE
  @Path("faults")
  public Map<String, Object> clearFaults() {
    gateway.faults().clear();
    return ControlJson.success(Map.of("faults", gateway.faults().describe()));
  }

  /** The fidelity ledger: every behaviour of the stub with its grade (REAL, REAL-BEHAVIOUR, DOC, CHOSEN) and source. */
  @GET
  @Path("fidelity")
  public Map<String, Object> fidelity() {
    return ControlJson.success(ledger.document());
  }

  /** Empties every account, and forgets the armed faults and the rate limit's windows. */
  @POST
  @Path("reset")
  public Map<String, Object> resetAll() {
    long removed = store.clear();
    gateway.reset();
    LOG.debug("Control: reset every account");
    return ControlJson.success(Map.of("removed", removed));
  }

  /** Empties one account. */
  @POST
  @Path("accounts/{account_id}/reset")
  public Map<String, Object> resetAccount(@PathParam("account_id") String accountId) {
    TunnelSeeder.checkAccountId(accountId);
    long removed = store.clear(accountId);
    return ControlJson.success(Map.of("account_id", accountId, "removed", removed));
  }

  /** The account's tunnels as stored (target in object form), in creation order. */
  @GET
  @Path("accounts/{account_id}/gre_tunnels")
  public Map<String, Object> list(@PathParam("account_id") String accountId) {
    TunnelSeeder.checkAccountId(accountId);
    return ControlJson.success(Map.of("account_id", accountId, "gre_tunnels", store.list(accountId)));
  }

  /** Seeds one tunnel (a JSON object of fields) or several ({@code {"gre_tunnels": [...]}}); all or none. */
  @POST
  @Path("accounts/{account_id}/gre_tunnels")
  public Map<String, Object> seed(@PathParam("account_id") String accountId, byte[] body) {
    JsonNode tree = json.parse(body);
    List<GreTunnel> created;
    if (tree.isObject() && tree.has("gre_tunnels") && tree.get("gre_tunnels").isArray()) {
      List<JsonNode> each = new ArrayList<>();
      tree.get("gre_tunnels").forEach(each::add);
      created = seeder.seed(accountId, each, i -> "/gre_tunnels/" + i);
    } else {
      created = seeder.seed(accountId, List.of(tree), i -> "");
    }
    return ControlJson.success(Map.of("account_id", accountId, "gre_tunnels", created));
  }

  /** The documented provider states and their params. */
  @GET
  @Path("provider-states")
  public Map<String, Object> documentedStates() {
    return ControlJson.success(ProviderStateHandlers.DOCUMENTED);
  }

  /** Pact's state change call; answers the generated values bare (not in an envelope), as verifiers expect. */
  @POST
  @Path("provider-states")
  public Map<String, Object> changeState(byte[] body) {
    return providerStates.change(json.parse(body));
  }
}
