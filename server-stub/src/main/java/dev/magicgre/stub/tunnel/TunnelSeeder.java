package dev.magicgre.stub.tunnel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.store.NameTakenException;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.validation.Hex32;
import dev.magicgre.stub.validation.OperationRules;
import dev.magicgre.stub.validation.TargetForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * Puts tunnels into an account the way a create would, for tests that need a state to start from (the control
 * API, Pact provider states, the test kit): the fields given, defaults for the required ones left out, then the
 * same rules a create checks, a new id and timestamps. All tunnels of one call go in, or none.
 */
public final class TunnelSeeder {

  /** What a required field is when a seed leaves it out; the name default is made unique per seed. */
  public static final Map<String, String> REQUIRED_DEFAULTS = Map.of(
      "cloudflare_gre_endpoint", "203.0.113.1",
      "customer_gre_endpoint", "203.0.113.2",
      "interface_address", "10.212.0.0/31");


  private final TunnelStore store;
  private final TunnelFactory factory;
  private final ObjectMapper mapper;
  private final ObjectReader requestBinder;

  public TunnelSeeder(TunnelStore store, TunnelFactory factory, ObjectMapper mapper) {
    this.store = store;
    this.factory = factory;
    this.mapper = mapper;
    this.requestBinder = mapper.readerFor(GreTunnelCreateRequest.class);
  }

  /**
   * Seeds one tunnel per element of {@code fieldsOfEach}, in order.
   *
   * @param pointerOf the JSON pointer prefix of element i, for the errors (e.g. {@code /params})
   * @return the stored tunnels (target in object form)
   * @throws ApiProblem 400 with every violation, or code 1004 for a name already used; nothing stored then
   */
  public List<GreTunnel> seed(String accountId, List<? extends JsonNode> fieldsOfEach, IntFunction<String> pointerOf) {
    checkAccountId(accountId);
    List<ApiError> violations = new ArrayList<>();
    List<GreTunnel> tunnels = new ArrayList<>(fieldsOfEach.size());
    for (int i = 0; i < fieldsOfEach.size(); i++) {
      String prefix = pointerOf.apply(i);
      JsonNode fields = fieldsOfEach.get(i);
      if (fields == null || !fields.isObject()) {
        violations.add(ApiError.at(ErrorCode.WRONG_JSON_TYPE, prefix, "a seeded tunnel must be a JSON object of tunnel fields"));
        continue;
      }
      ObjectNode complete = withDefaults((ObjectNode) fields);
      List<ApiError> found = OperationRules.create(complete, targetFormOf(complete));
      if (found.isEmpty()) {
        tunnels.add(factory.create(bind(complete)));
      }
      for (ApiError error : found) {
        violations.add(new ApiError(error.code(), error.message(), prefix + (error.pointer() == null ? "" : error.pointer())));
      }
    }
    if (!violations.isEmpty()) {
      throw new ApiProblem(400, violations);
    }
    try {
      store.insertAll(accountId, tunnels, TunnelStore.Write.COMMIT);
    } catch (NameTakenException taken) {
      throw ApiProblem.of(ErrorCode.DUPLICATE_NAME,
          "name(s) " + taken.names() + " already used by a GRE tunnel of this account (or twice in the seed)");
    }
    return tunnels;
  }

  /** {@link #seed(String, List, IntFunction)} for fields given as Java values (what Jackson would write). */
  public List<GreTunnel> seedValues(String accountId, List<? extends Map<String, ?>> fieldsOfEach) {
    List<JsonNode> trees = new ArrayList<>(fieldsOfEach.size());
    for (Map<String, ?> fields : fieldsOfEach) {
      trees.add(mapper.valueToTree(fields));
    }
    return seed(accountId, trees, i -> "/" + i);
  }

  /** The account-id rule of the API's routes (32 lowercase hex): a tunnel seeded elsewhere could never be reached. */
  public static void checkAccountId(String accountId) {
    if (!Hex32.isHex32(accountId)) {
      throw ApiProblem.of(ErrorCode.INVALID_ACCOUNT_ID, "account_id must be 32 lowercase hexadecimal characters");
    }
  }

  private static ObjectNode withDefaults(ObjectNode fields) {
    ObjectNode complete = fields.deepCopy();
    REQUIRED_DEFAULTS.forEach((field, value) -> {
      if (!complete.has(field)) {
        complete.put(field, value);
      }
    });
    if (!complete.has("name")) {
      complete.put("name", "SEED_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 24));
    }
    return complete;
  }

  /** A seed may give the target in either form: a string is the old form, anything else the object one. */
  private static TargetForm targetFormOf(ObjectNode fields) {
    JsonNode target = fields.path("health_check").path("target");
    return target.isTextual() ? TargetForm.STRING : TargetForm.OBJECT;
  }

  private GreTunnelCreateRequest bind(ObjectNode complete) {
    try {
      return requestBinder.readValue(complete);
    } catch (IOException impossible) {
      // the validator has just accepted the tree: binding it cannot fail
      throw new UncheckedIOException("a validated seed could not be bound", impossible);
    }
  }
}
