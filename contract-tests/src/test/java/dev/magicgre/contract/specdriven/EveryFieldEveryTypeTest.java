package dev.magicgre.contract.specdriven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.spec.Specs;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 11, point 4: no request makes the stub answer 500. On all six operations, a field of the request,
 * chosen among every field of its request schema <em>and</em> every field of the stored tunnel ({@code GreTunnel},
 * so the read-only ones too: {@code id}, {@code created_on}, {@code bgp_status/...},
 * {@code health_check/target/effective}), is given a value of any JSON type ({@link JsonJunk}); the reads get a
 * junk body, header or id instead. Every answer must be 200 or a 4xx, and one the spec allows (the 4xx
 * envelope; a 200 that does not echo a junk read-only value, since the answer's schema types it). Same
 * generator and tries as {@link SpecDrivenRequestsTest}.
 */
class EveryFieldEveryTypeTest {

    private static final String[] JUNK_SWITCHES = {"true", "false", "TRUE", "1", "", "yes", "true,false"};

    private static StubUnderTest stub;
    private static Judge judge;
    private static SpecSchemas schemas;
    private static final PatternStrings PATTERNS = new PatternStrings();
    private static final Map<String, Integer> STATUSES = new java.util.TreeMap<>();

    @BeforeContainer
    static void start() {
        stub = new StubUnderTest();
        judge = new Judge(Specs.currentContent(), stub);
        schemas = new SpecSchemas(Specs.load(Specs.currentContent()));
    }

    @AfterContainer
    static void stop() {
        System.out.println("EVERY-FIELD FIGURES statuses=" + STATUSES);
        stub.close();
    }

    /** operation 0-4: the writes of {@link WriteOperation}; 5: list; 6: get one. */
    @Property
    void noFieldWithAnyJsonTypeMakesTheStubAnswer500(@ForAll @IntRange(min = 0, max = 6) int operation,
                                                    @ForAll long seed) {
        Random random = new Random(seed);
        List<StubUnderTest.Seed> seeds = stub.ready();
        GeneratedRequest request = operation < 5 ? junkWrite(WriteOperation.values()[operation], seed, random, seeds)
                : junkRead(operation == 5, random, seeds);

        StubUnderTest.Answer answer = judge.timed(request);
        synchronized (STATUSES) {
            STATUSES.merge(String.valueOf(answer.status()), 1, Integer::sum);
        }

        List<String> problems = new ArrayList<>();
        if (answer.status() != 200 && (answer.status() < 400 || answer.status() >= 500)) {
            problems.add("answered " + answer);
        } else {
            problems.addAll(judge.answerProblems(request, answer));
        }
        assertThat(problems).as("%s", request).isEmpty();
    }

    private static GeneratedRequest junkWrite(WriteOperation operation, long seed, Random random,
                                              List<StubUnderTest.Seed> seeds) {
        GeneratedRequest valid = new GeneratedCase(operation, seed, schemas, PATTERNS, seeds).valid();
        JsonNode body = valid.body() == null ? JSON.objectNode() : valid.body().deepCopy();
        List<String> fields = new ArrayList<>(fields(body, operation));
        String pointer = fields.get(random.nextInt(fields.size()));
        JsonNode junk = JsonJunk.any(random);
        return valid.withBody(pointer.isEmpty() ? junk : put(body, pointer, junk));
    }

    private static GeneratedRequest junkRead(boolean list, Random random, List<StubUnderTest.Seed> seeds) {
        String id = seeds.get(0).id();
        String header = null;
        JsonNode body = null;
        switch (random.nextInt(3)) {
            case 0 -> body = JsonJunk.any(random);
            case 1 -> header = JUNK_SWITCHES[random.nextInt(JUNK_SWITCHES.length)];
            default -> id = random.nextBoolean() ? id.toUpperCase(java.util.Locale.ROOT) : id.substring(1) + "g";
        }
        String path = StubUnderTest.TUNNELS + (list ? "" : "/" + id);
        return new GeneratedRequest("GET", path, header, null, body);
    }

    /**
     * Every field the body can have: the root, each place of the request schema, and each field of the stored
     * tunnel under each tunnel of the body (the root, or each entry of gre_tunnels).
     */
    private static Set<String> fields(JsonNode body, WriteOperation operation) {
        Set<String> fields = new LinkedHashSet<>();
        fields.add("");
        ValidValues walker = new ValidValues(schemas, PATTERNS, new Random(0), false);
        walker.of(operation.bodySchema(schemas));
        walker.places().forEach(p -> fields.add(p.pointer()));
        List<String> tunnelRoots = new ArrayList<>();
        if (body.path("gre_tunnels").isArray()) {
            for (int i = 0; i < body.get("gre_tunnels").size(); i++) {
                tunnelRoots.add("/gre_tunnels/" + i);
            }
        } else if (operation != WriteOperation.DELETE) {
            tunnelRoots.add("");
        }
        List<String> storedFields = new ArrayList<>();
        storedFields(schemas.resolve(new Schema<>().$ref("#/components/schemas/GreTunnel")), "", storedFields, 0);
        tunnelRoots.forEach(root -> storedFields.forEach(f -> fields.add(root + f)));
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static void storedFields(Schema<?> schema, String pointer, List<String> out, int depth) {
        Schema<?> s = schemas.resolve(schema);
        if (s.getOneOf() != null) {
            s.getOneOf().forEach(v -> storedFields(v, pointer, out, depth));
            return;
        }
        if (s.getProperties() == null || depth > 4) {
            return;
        }
        ((Map<String, Schema<?>>) (Map<?, ?>) s.getProperties()).forEach((name, property) -> {
            out.add(pointer + "/" + name);
            storedFields(property, pointer + "/" + name, out, depth + 1);
        });
    }

    /** Sets {@code value} at {@code pointer}, making objects of whatever stands on the way. */
    private static JsonNode put(JsonNode body, String pointer, JsonNode value) {
        JsonNode root = body.isObject() ? body : JSON.objectNode();
        JsonNode node = root;
        String[] parts = pointer.substring(1).split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = node.isArray() ? node.path(Integer.parseInt(parts[i])) : node.path(parts[i]);
            if (!next.isObject() && !next.isArray()) {
                next = JSON.objectNode();
                setChild(node, parts[i], next);
            }
            node = next;
        }
        setChild(node, parts[parts.length - 1], value);
        return root;
    }

    private static void setChild(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            int index = Integer.parseInt(key);
            if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        }
    }

    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory JSON =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
}
