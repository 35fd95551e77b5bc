package dev.magicgre.contract.specdriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a schema-valid body keep the rules the spec can only say in prose, so that a valid case must be
 * accepted: names unique within the request and against the account's tunnels (1004), every id of an update
 * of several naming an existing tunnel (1024) and appearing once (1026). The header-dependent target form is
 * kept by the generator itself ({@link ValidValues}). Nothing else is changed.
 */
final class ProseRules {

    private final ValidValues values;
    private final Schema<?> nameSchema;

    ProseRules(ValidValues values, Schema<?> nameSchema) {
        this.values = values;
        this.nameSchema = nameSchema;
    }

    JsonNode apply(JsonNode body, List<StubUnderTest.Seed> seeds) {
        Set<String> taken = new HashSet<>();
        seeds.forEach(seed -> taken.add(seed.name()));
        if (body.path("gre_tunnels").isArray()) {
            ArrayNode tunnels = (ArrayNode) body.get("gre_tunnels");
            boolean update = tunnels.size() > 0 && tunnels.get(0).has("id");
            while (update && tunnels.size() > seeds.size()) {
                tunnels.remove(tunnels.size() - 1);
            }
            for (int i = 0; i < tunnels.size(); i++) {
                if (tunnels.get(i) instanceof ObjectNode tunnel) {
                    if (update) {
                        tunnel.put("id", seeds.get(i).id());
                    }
                    uniqueName(tunnel, taken);
                }
            }
        } else if (body instanceof ObjectNode tunnel) {
            uniqueName(tunnel, taken);
        }
        return body;
    }

    private void uniqueName(ObjectNode tunnel, Set<String> taken) {
        if (!tunnel.path("name").isTextual()) {
            return;
        }
        String name = tunnel.get("name").asText();
        while (taken.contains(name)) {
            name = values.matching(nameSchema);
        }
        tunnel.put("name", name);
        taken.add(name);
    }
}
