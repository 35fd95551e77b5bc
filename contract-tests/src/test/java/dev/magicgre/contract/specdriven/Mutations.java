package dev.magicgre.contract.specdriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Breaks one rule of the schema at one place of a valid body: a JSON type the place does not admit (null
 * included, since nothing is nullable), a required member left out, a string that breaks its {@code pattern},
 * its {@code enum}, its {@code minLength} or {@code maxLength}, an integer below {@code minimum} or above
 * {@code maximum}, an array below {@code minItems}, or a member a {@code not: {required: [...]}} forbids.
 */
final class Mutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final PatternStrings patterns;
    private final Random random;
    private final Set<String> keptPointers;

    /**
     * @param keptPointers places never removed: the member that selects a oneOf form ({@code /gre_tunnels} of a
     *                     create, whose absence makes the body the other form rather than a broken one)
     */
    Mutations(PatternStrings patterns, Random random, Set<String> keptPointers) {
        this.patterns = patterns;
        this.random = random;
        this.keptPointers = keptPointers;
    }

    /** One mutation of {@code body} at one of {@code places}, chosen at random among those that apply. */
    Optional<Mutation> of(JsonNode body, List<Place> places) {
        List<Supplier<Optional<Mutation>>> candidates = new ArrayList<>();
        for (Place place : places) {
            candidates.addAll(candidates(body, place));
        }
        while (!candidates.isEmpty()) {
            Optional<Mutation> m = candidates.remove(random.nextInt(candidates.size())).get();
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** Every mutation that applies at {@code place}, each as a supplier (some need the random source). */
    List<Supplier<Optional<Mutation>>> candidates(JsonNode body, Place place) {
        Schema<?> s = place.schema();
        JsonNode current = body.at(place.pointer());
        List<Supplier<Optional<Mutation>>> list = new ArrayList<>();
        list.add(() -> Optional.of(replace(body, place, wrongType(place.types()), "JSON type not " + place.types())));
        if (place.required() && !place.isRoot() && body.at(place.parentPointer()).isObject()
                && !keptPointers.contains(place.pointer())) {
            list.add(() -> Optional.of(remove(body, place)));
        }
        if ("string".equals(s.getType()) && current.isTextual()) {
            String text = current.asText();
            if (s.getPattern() != null) {
                list.add(() -> patterns.breaking(s.getPattern(), text, s.getMinLength(), s.getMaxLength(), random)
                        .map(v -> replace(body, place, JSON.textNode(v), "pattern " + s.getPattern())));
            }
            if (s.getEnum() != null) {
                list.add(() -> Optional.of(replace(body, place, JSON.textNode(notIn(s.getEnum(), text)), "enum")));
            }
            if (s.getMinLength() != null && s.getMinLength() > 0) {
                list.add(() -> Optional.of(replace(body, place,
                        JSON.textNode(text.substring(0, s.getMinLength() - 1)), "minLength " + s.getMinLength())));
            }
            if (s.getMaxLength() != null) {
                list.add(() -> Optional.of(replace(body, place, JSON.textNode(longer(text, s.getMaxLength() + 1)),
                        "maxLength " + s.getMaxLength())));
            }
        }
        if ("integer".equals(s.getType())) {
            if (s.getMinimum() != null) {
                list.add(() -> Optional.of(replace(body, place, JSON.numberNode(ValidValues.lowest(s) - 1),
                        "minimum " + s.getMinimum())));
            }
            if (s.getMaximum() != null) {
                list.add(() -> Optional.of(replace(body, place, JSON.numberNode(ValidValues.highest(s) + 1),
                        "maximum " + s.getMaximum())));
            }
        }
        if ("array".equals(s.getType()) && s.getMinItems() != null && s.getMinItems() > 0) {
            list.add(() -> Optional.of(replace(body, place, JSON.arrayNode(), "minItems " + s.getMinItems())));
        }
        if (current.isObject()) {
            for (String name : ValidValues.forbidden(s)) {
                list.add(() -> Optional.of(forbiddenMember(body, place, name)));
            }
        }
        return list;
    }

    /** A value of a JSON type the place does not admit; for an integer also a fraction or a numeric string. */
    private JsonNode wrongType(List<String> types) {
        List<JsonNode> wrong = new ArrayList<>();
        wrong.add(JSON.nullNode());
        if (!types.contains("boolean")) {
            wrong.add(JSON.booleanNode(random.nextBoolean()));
        }
        if (!types.contains("integer") && !types.contains("number")) {
            wrong.add(JSON.numberNode(random.nextInt(2000) - 1000));
        }
        if (types.contains("integer")) {
            // a fraction; not 1e3: whether an exponent makes a JSON Schema integer depends on the draft
            wrong.add(JSON.numberNode(1476.5));
        }
        if (!types.contains("string")) {
            wrong.add(JSON.textNode(random.nextBoolean() ? "1476" : "x"));
        }
        if (!types.contains("array")) {
            ArrayNode array = JSON.arrayNode();
            if (random.nextBoolean()) {
                array.add("x");
            }
            wrong.add(array);
        }
        if (!types.contains("object")) {
            ObjectNode object = JSON.objectNode();
            if (random.nextBoolean()) {
                object.put("x", 1);
            }
            wrong.add(object);
        }
        return wrong.get(random.nextInt(wrong.size()));
    }

    private static String notIn(List<?> values, String current) {
        String candidate = current.toUpperCase(java.util.Locale.ROOT);
        return values.contains(candidate) ? current + "_x" : candidate;
    }

    private static String longer(String text, int length) {
        StringBuilder s = new StringBuilder(text.isEmpty() ? "a" : text);
        while (s.length() < length) {
            s.append(s.charAt(s.length() - 1));
        }
        return s.toString();
    }

    static Mutation replace(JsonNode body, Place place, JsonNode value, String rule) {
        if (place.isRoot()) {
            return new Mutation(value, "", rule);
        }
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy.at(place.parentPointer());
        if (parent instanceof ObjectNode object) {
            object.set(place.key(), value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(place.key()), value);
        }
        return new Mutation(copy, place.pointer(), rule);
    }

    private static Mutation remove(JsonNode body, Place place) {
        JsonNode copy = body.deepCopy();
        ((ObjectNode) copy.at(place.parentPointer())).remove(place.key());
        return new Mutation(copy, place.pointer(), "required");
    }

    private static Mutation forbiddenMember(JsonNode body, Place place, String name) {
        JsonNode copy = body.deepCopy();
        ((ObjectNode) copy.at(place.pointer())).set(name, JSON.objectNode());
        return new Mutation(copy, place.pointer() + "/" + ValidValues.escape(name), "not required " + name);
    }
}
