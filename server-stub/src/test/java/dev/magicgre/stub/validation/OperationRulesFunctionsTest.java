package dev.magicgre.stub.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.error.ApiError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of each operation are plain functions of the JSON tree and the target form: no server, no store.
 * (Their HTTP behaviour is OperationRulesTest's.)
 */
class OperationRulesFunctionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TUNNEL = "{\"name\": \"GRE_1\", \"cloudflare_gre_endpoint\": \"203.0.113.1\","
      + " \"customer_gre_endpoint\": \"203.0.113.2\", \"interface_address\": \"10.212.0.0/31\"";
  private static final String ID = "0123456789abcdef0123456789abcdef";

  @Test
  void createAndUpdateShareTheFieldRulesAndDifferOnBgp() throws Exception {
    JsonNode withBgp = tree(TUNNEL + ", \"mtu\": 1, \"bgp\": {\"customer_asn\": 1}}");

    assertThat(codes(OperationRules.create(withBgp, TargetForm.STRING))).containsExactly(1008);
    assertThat(codes(OperationRules.updateOne(withBgp, TargetForm.STRING))).containsExactly(1008, 1025);
  }

  @Test
  void theTargetFormComesFromTheSwitchNotTheBody() throws Exception {
    JsonNode stringTarget = tree(TUNNEL + ", \"health_check\": {\"target\": \"203.0.113.9\"}}");

    assertThat(OperationRules.create(stringTarget, TargetForm.STRING)).isEmpty();
    assertThat(pointers(OperationRules.create(stringTarget, TargetForm.OBJECT))).containsExactly("/health_check/target");
  }

  @Test
  void bodiesOfSeveralPointIntoTheirList() throws Exception {
    JsonNode several = tree("{\"gre_tunnels\": [" + TUNNEL + ", \"id\": \"" + ID + "\"}, " + TUNNEL + ", \"id\": \"" + ID + "\"}]}");

    assertThat(pointers(OperationRules.create(several, TargetForm.STRING))).containsExactly("/gre_tunnels/1/name");
    assertThat(pointers(OperationRules.updateSeveral(several, TargetForm.STRING)))
        .containsExactly("/gre_tunnels/1/id", "/gre_tunnels/1/name");
    assertThat(codes(OperationRules.updateSeveral(several, TargetForm.STRING))).containsExactly(1026, 1004);
  }

  @Test
  void aDeleteTakesNoBodyOrAnObject() throws Exception {
    assertThat(OperationRules.delete(null, TargetForm.STRING)).isEmpty();
    assertThat(OperationRules.delete(tree("{\"x\": [1]}"), TargetForm.STRING)).isEmpty();
    assertThat(codes(OperationRules.delete(tree("[]"), TargetForm.STRING))).containsExactly(1002);
  }

  private static JsonNode tree(String json) throws Exception {
    return JSON.readTree(json);
  }

  private static List<Integer> codes(List<ApiError> errors) {
    return errors.stream().map(ApiError::code).toList();
  }

  private static List<String> pointers(List<ApiError> errors) {
    return errors.stream().map(ApiError::pointer).toList();
  }
}
