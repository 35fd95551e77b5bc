package dev.magicgre.contract.specdriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a JSON value that a request schema of the spec admits, by walking the schema: {@code type},
 * {@code required} (always present) and optional properties (present half the time), {@code enum},
 * {@code pattern} with {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum} (edges often),
 * {@code minItems}/{@code maxItems}, {@code oneOf} (one variant) and {@code not: {required: [...]}} (the named
 * members left out). Read-only properties are left out, as a client would. Every place it fills is recorded
 * for the mutations.
 *
 * <p>One choice is not the schema's: the form of {@code health_check.target} follows the request's
 * {@code x-magic-new-hc-target} header (a rule the spec can only write in prose).
 */
final class ValidValues {

    static final String TARGET_SUFFIX = "/health_check/target";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String FREE_TEXT = "abcXYZ019 _-.,:;!?()[]{}'\"/\\éß日本\u00a0";
    private static final int INT32_MAX = Integer.MAX_VALUE;

    private final SpecSchemas schemas;
    private final PatternStrings patterns;
    private final Random random;
    private final boolean objectTargets;
    private final List<Place> places = new ArrayList<>();

    ValidValues(SpecSchemas schemas, PatternStrings patterns, Random random, boolean objectTargets) {
        this.schemas = schemas;
        this.patterns = patterns;
        this.random = random;
        this.objectTargets = objectTargets;
    }

    List<Place> places() {
        return places;
    }

    JsonNode of(Schema<?> schema) {
        return value(schema, "", true);
    }

    /** A value for {@code schema} alone, its places recorded apart (a replacement inside a mutation). */
    JsonNode fresh(Schema<?> schema, String pointer) {
        return new ValidValues(schemas, patterns, random, objectTargets).value(schema, pointer, true);
    }

    String matching(Schema<?> stringSchema) {
        return string(schemas.resolve(stringSchema));
    }

    private JsonNode value(Schema<?> raw, String pointer, boolean required) {
        Schema<?> declared = schemas.resolve(raw);
        // a oneOf place takes any variant's JSON type; the chosen variant's rules are the ones mutations break
        Schema<?> schema = declared.getOneOf() == null ? declared : schemas.resolve(variant(declared, pointer));
        places.add(new Place(pointer, schema, required, schemas.types(declared)));
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return toNode(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
        }
        String type = schema.getType() == null ? "object" : schema.getType();
        return switch (type) {
            case "object" -> object(schema, pointer);
            case "array" -> array(schema, pointer);
            case "string" -> JSON.textNode(string(schema));
            case "integer" -> JSON.numberNode(integer(schema));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> throw new IllegalArgumentException("type " + type + " at " + pointer + " is not generated");
        };
    }

    private Schema<?> variant(Schema<?> oneOf, String pointer) {
        List<Schema> variants = new ArrayList<>(oneOf.getOneOf());
        if (pointer.endsWith(TARGET_SUFFIX)) {
            String wanted = objectTargets ? "object" : "string";
            return variants.stream().filter(v -> schemas.types(v).contains(wanted)).findFirst().orElseThrow();
        }
        return variants.get(random.nextInt(variants.size()));
    }

    @SuppressWarnings("unchecked")
    private JsonNode object(Schema<?> schema, String pointer) {
        ObjectNode node = JSON.objectNode();
        Set<String> required = new HashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        Set<String> forbidden = forbidden(schema);
        if (schema.getProperties() == null) {
            return node;
        }
        for (Map.Entry<String, Schema> property : ((Map<String, Schema>) (Map<?, ?>) schema.getProperties()).entrySet()) {
            String name = property.getKey();
            Schema<?> propertySchema = schemas.resolve(property.getValue());
            boolean isRequired = required.contains(name);
            if (forbidden.contains(name) || Boolean.TRUE.equals(propertySchema.getReadOnly())
                    || (!isRequired && random.nextBoolean())) {
                continue;
            }
            node.set(name, value(property.getValue(), pointer + "/" + escape(name), isRequired));
        }
        return node;
    }

    /** Members a {@code not: {required: [...]}} rules out. */
    static Set<String> forbidden(Schema<?> schema) {
        Set<String> names = new HashSet<>();
        if (schema.getNot() != null && schema.getNot().getRequired() != null) {
            names.addAll(schema.getNot().getRequired());
        }
        return names;
    }

    private JsonNode array(Schema<?> schema, String pointer) {
        ArrayNode node = JSON.arrayNode();
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        int max = schema.getMaxItems() == null ? min + 3 : Math.min(schema.getMaxItems(), min + 3);
        int size = min + random.nextInt(max - min + 1);
        for (int i = 0; i < size; i++) {
            node.add(value(schema.getItems(), pointer + "/" + i, true));
        }
        return node;
    }

    private String string(Schema<?> schema) {
        if (schema.getPattern() != null) {
            return patterns.matching(schema.getPattern(), schema.getMinLength(), schema.getMaxLength(), random);
        }
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? min + 24 : Math.min(schema.getMaxLength(), min + 24);
        int length = min + random.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(FREE_TEXT.charAt(random.nextInt(FREE_TEXT.length())));
        }
        return s.toString();
    }

    private long integer(Schema<?> schema) {
        long min = schema.getMinimum() == null ? Integer.MIN_VALUE : schema.getMinimum().longValue();
        long max = schema.getMaximum() == null ? INT32_MAX : schema.getMaximum().longValue();
        return switch (random.nextInt(5)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + (long) (random.nextDouble() * (max - min));
        };
    }

    static long lowest(Schema<?> schema) {
        return schema.getMinimum() == null ? Integer.MIN_VALUE : schema.getMinimum().longValue();
    }

    static long highest(Schema<?> schema) {
        return schema.getMaximum() == null ? INT32_MAX : schema.getMaximum().longValue();
    }

    private static JsonNode toNode(Object value) {
        if (value instanceof String s) {
            return JSON.textNode(s);
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Number n) {
            return JSON.numberNode(new BigDecimal(n.toString()));
        }
        throw new IllegalArgumentException("enum value " + value);
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
