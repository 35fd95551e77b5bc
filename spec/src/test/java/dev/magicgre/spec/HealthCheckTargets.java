package dev.magicgre.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every {@code health_check.target} in a request or response body, wherever the tunnel sits (the body
 * itself, {@code result}, {@code gre_tunnels/1}, {@code result/modified_gre_tunnel} ...), with its JSON pointer.
 * The spec cannot tie the target's form to the {@code x-magic-new-hc-target} header; the example test, the pact
 * check and the property test all check that prose rule with this one walk.
 */
public final class HealthCheckTargets {

    private HealthCheckTargets() {
    }

    /** A target and where it is. */
    public record Found(String pointer, JsonNode target) {
    }

    public static List<Found> in(JsonNode body) {
        List<Found> found = new ArrayList<>();
        walk(body, "", found);
        return found;
    }

    /** The findings of the header rule: targets whose form does not match the header value. */
    public static List<String> wrongForm(JsonNode body, boolean headerTrue) {
        List<String> wrong = new ArrayList<>();
        for (Found f : in(body)) {
            if (headerTrue && !f.target().isObject()) {
                wrong.add(f.pointer() + ": x-magic-new-hc-target is true, so the target must be an object, not "
                        + f.target().getNodeType());
            } else if (!headerTrue && !f.target().isTextual()) {
                wrong.add(f.pointer() + ": x-magic-new-hc-target is absent or false, so the target must be a string, not "
                        + f.target().getNodeType());
            }
        }
        return wrong;
    }

    /** True when the body has a target and every target is an object: the header such a body goes with. */
    public static boolean allObjects(JsonNode body) {
        List<Found> found = in(body);
        return !found.isEmpty() && found.stream().allMatch(f -> f.target().isObject());
    }

    private static void walk(JsonNode node, String pointer, List<Found> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode target = node.path("health_check").path("target");
            if (node.path("health_check").isObject() && !target.isMissingNode()) {
                found.add(new Found(pointer + "/health_check/target", target));
            }
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (!field.getKey().equals("health_check")) {
                    walk(field.getValue(), pointer + "/" + escape(field.getKey()), found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
