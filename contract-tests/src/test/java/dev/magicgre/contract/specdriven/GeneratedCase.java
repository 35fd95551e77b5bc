package dev.magicgre.contract.specdriven;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One case of the property test, built from one seed: the stub reset (with its seed tunnels), the two switches
 * drawn, a schema-valid body generated for the operation and made to keep the prose rules. {@link #mutated()}
 * then breaks one schema rule of that body.
 */
final class GeneratedCase {

    private static final String[] SWITCHES = {null, "false", "true"};

    private final WriteOperation operation;
    private final Random random;
    private final PatternStrings patterns;
    private final GeneratedRequest request;
    private final List<Place> places;

    GeneratedCase(WriteOperation operation, long seed, SpecSchemas schemas, PatternStrings patterns,
                  List<StubUnderTest.Seed> seeds) {
        this.operation = operation;
        this.random = new Random(seed);
        this.patterns = patterns;
        String header = SWITCHES[random.nextInt(SWITCHES.length)];
        String validateOnly = SWITCHES[random.nextInt(SWITCHES.length)];
        ValidValues values = new ValidValues(schemas, patterns, random, "true".equals(header));
        JsonNode body = values.of(operation.bodySchema(schemas));
        body = new ProseRules(values, schemas.resolve(new io.swagger.v3.oas.models.media.Schema<>()
                .$ref("#/components/schemas/TunnelName"))).apply(body, seeds);
        if (operation.bodyOptional(schemas) && random.nextInt(3) == 0) {
            body = null;
        }
        JsonNode kept = body;
        this.places = kept == null ? List.of()
                : values.places().stream().filter(p -> !kept.at(p.pointer()).isMissingNode()).toList();
        String tunnelId = seeds.get(random.nextInt(seeds.size())).id();
        this.request = new GeneratedRequest(operation.method(), operation.path(tunnelId), header, validateOnly, body);
    }

    GeneratedRequest valid() {
        return request;
    }

    /** The valid request with one schema rule broken; empty when it has no body to break. */
    Optional<Mutated> mutated() {
        if (request.body() == null) {
            return Optional.empty();
        }
        return new Mutations(patterns, random, operation.keptPointers()).of(request.body(), places)
                .map(m -> new Mutated(request.withBody(m.body()), m));
    }

    /** A broken request and what was broken. */
    record Mutated(GeneratedRequest request, Mutation mutation) {
        @Override
        public String toString() {
            return request + "\n  broken: " + mutation.rule() + " at '" + mutation.pointer() + "'";
        }
    }
}
