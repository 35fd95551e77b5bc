package dev.magicgre.stub.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.auth.Identities;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.tunnel.TunnelSeeder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pact's provider-state change protocol: {@code {"state": "...", "params": {...}, "action": "setup"|"teardown"}},
 * as pact-jvm, pact-js and the Pact CLI verifiers send it (no {@code action}: setup, as older verifiers send
 * it). A setup answers the values it generated as a flat JSON object, which the verifier uses for the pact's
 * provider-state injected values ({@code fromProviderState("/.../${id}", ...)}). A teardown empties the account.
 * States compose: {@code a GRE tunnel exists} adds to the account (replacing a tunnel of the same name, so that
 * repeating a state without teardowns, pact-jvm's default, still works); {@code no GRE tunnels exist} empties it.
 */
final class ProviderStateHandlers {

  static final String NO_TUNNELS = "no GRE tunnels exist";
  static final String A_TUNNEL = "a GRE tunnel exists";
  /** Used when a state's params give no {@code account_id}: the doc page's example account. */
  static final String DEFAULT_ACCOUNT = Identities.EXAMPLE_ACCOUNTS.stream().sorted().findFirst().orElseThrow();
  /** The documented states and what their params are; {@code GET /__stub/provider-states} answers it. */
  static final Map<String, String> DOCUMENTED = Map.of(
      NO_TUNNELS, "params: account_id (default " + DEFAULT_ACCOUNT + "); the account is emptied; answers account_id",
      A_TUNNEL, "params: account_id and any create field (name, cloudflare_gre_endpoint, ...); a tunnel of that name"
          + " is replaced, one tunnel is created with them and defaults for the rest; answers id, account_id and every field");

  private static final Logger LOG = LoggerFactory.getLogger(ProviderStateHandlers.class);

  private final TunnelStore store;
  private final TunnelSeeder seeder;
  private final ObjectMapper mapper;

  ProviderStateHandlers(TunnelStore store, TunnelSeeder seeder, ObjectMapper mapper) {
    this.store = store;
    this.seeder = seeder;
    this.mapper = mapper;
  }

  /** Applies one state change and answers the generated values (an empty object for a teardown). */
  Map<String, Object> change(JsonNode body) {
    if (!body.isObject()) {
      throw ControlErrorCode.INVALID_STATE_CHANGE.problem("", "a state change is a JSON object {\"state\", \"params\", \"action\"}");
    }
    JsonNode state = body.path("state");
    if (!state.isTextual()) {
      throw ControlErrorCode.INVALID_STATE_CHANGE.problem("/state", "state must be the provider state's name, a string");
    }
    JsonNode params = body.path("params");
    if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
      throw ControlErrorCode.INVALID_STATE_CHANGE.problem("/params", "params must be a JSON object");
    }
    ObjectNode paramObject = params.isObject() ? (ObjectNode) params : JsonNodeFactory.instance.objectNode();
    boolean setup = isSetup(body.path("action"));
    String name = state.asText();
    if (!DOCUMENTED.containsKey(name)) {
      throw ControlErrorCode.UNKNOWN_PROVIDER_STATE.problem("/state", "unknown provider state \"" + name
          + "\"; the stub knows: \"" + NO_TUNNELS + "\", \"" + A_TUNNEL + "\" (GET /__stub/provider-states)");
    }
    String accountId = accountId(paramObject);
    TunnelSeeder.checkAccountId(accountId);
    LOG.debug("Provider state {} \"{}\" for account {}", setup ? "setup" : "teardown", name, accountId);
    if (!setup || NO_TUNNELS.equals(name)) {
      store.clear(accountId);
    }
    if (!setup) {
      return Map.of();
    }
    Map<String, Object> generated = new LinkedHashMap<>();
    if (A_TUNNEL.equals(name)) {
      ObjectNode fields = paramObject.deepCopy();
      fields.remove("account_id");
      removeNamed(accountId, fields.path("name").asText(null));
      GreTunnel tunnel = seeder.seed(accountId, List.of(fields), i -> "/params").get(0);
      generated.putAll(mapper.convertValue(tunnel, ControlJson.MAP));
    }
    generated.put("account_id", accountId);
    return generated;
  }

  private void removeNamed(String accountId, String name) {
    if (name == null) {
      return;
    }
    for (GreTunnel existing : store.list(accountId)) {
      if (name.equals(existing.getName())) {
        store.delete(accountId, existing.getId(), TunnelStore.Write.COMMIT);
      }
    }
  }

  private static boolean isSetup(JsonNode action) {
    if (action.isMissingNode() || action.isNull()) {
      return true;
    }
    if (action.isTextual() && ("setup".equals(action.asText()) || "teardown".equals(action.asText()))) {
      return "setup".equals(action.asText());
    }
    throw ControlErrorCode.INVALID_STATE_CHANGE.problem("/action", "action must be \"setup\" or \"teardown\"");
  }

  private static String accountId(ObjectNode params) {
    JsonNode accountId = params.path("account_id");
    if (accountId.isMissingNode() || accountId.isNull()) {
      return DEFAULT_ACCOUNT;
    }
    if (!accountId.isTextual()) {
      throw ControlErrorCode.INVALID_STATE_CHANGE.problem("/params/account_id", "account_id must be a string");
    }
    return accountId.asText();
  }
}
