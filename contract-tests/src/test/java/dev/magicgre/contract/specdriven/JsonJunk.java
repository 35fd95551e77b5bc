package dev.magicgre.contract.specdriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/** A value of every JSON type, including the awkward ones: huge and fractional numbers, nesting, odd text. */
final class JsonJunk {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonJunk() {
    }

    static List<JsonNode> all() {
        ObjectNode nested = JSON.objectNode();
        nested.putObject("saved").put("effective", 1);
        return List.of(
                JSON.nullNode(), JSON.booleanNode(true), JSON.booleanNode(false),
                JSON.numberNode(0), JSON.numberNode(-1), JSON.numberNode(1476.5), JSON.numberNode(new BigDecimal("1e3")),
                JSON.numberNode(new BigInteger("123456789012345678901234567890")), JSON.numberNode(new BigDecimal("-1e400")),
                JSON.textNode(""), JSON.textNode("x"), JSON.textNode("203.0.113.9"), JSON.textNode("日本\u0000\t\"\\"),
                JSON.textNode("a".repeat(5000)),
                JSON.arrayNode(), JSON.arrayNode().add(1).add("x").add(JSON.nullNode()), JSON.arrayNode().add(JSON.arrayNode()),
                JSON.objectNode(), JSON.objectNode().put("x", 1), nested);
    }

    static JsonNode any(Random random) {
        List<JsonNode> all = all();
        return all.get(random.nextInt(all.size())).deepCopy();
    }
}
