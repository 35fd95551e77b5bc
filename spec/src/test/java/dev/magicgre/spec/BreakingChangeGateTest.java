package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate itself: the spec in this commit must not break clients of the last released spec. A deliberate
 * break is accepted by releasing it: copy the spec to a new baseline file and add an entry to CHANGELOG.md
 * (docs/spec-governance.md).
 */
class BreakingChangeGateTest {

    @Test
    void theCurrentSpecIsCompatibleWithTheLastReleasedOne() {
        Path baseline = Baselines.latest(Baselines.DIRECTORY);

        CompatibilityGate.Verdict verdict = CompatibilityGate.compare(Specs.read(baseline), Specs.currentContent());

        if (verdict.incompatible()) {
            fail("openapi.yaml breaks clients of the released " + baseline + ".\n"
                    + "If the break is deliberate, release it: see docs/spec-governance.md.\n\n" + verdict.changes());
        }
    }

    @Test
    void theNewestBaselineIsPicked() {
        assertThat(Baselines.version(Path.of("openapi-1.10.0.yaml"))).containsExactly(1, 10, 0);
        assertThat(Baselines.latest(Baselines.DIRECTORY).getFileName()).hasToString("openapi-1.3.0.yaml");
    }

    /**
     * Release 1.1.0 broke 1.0.0 in the contract only, and only through its exact patterns (the IP addresses and
     * prefixes the stub always refused and the 1.0.0 descriptions said it would): with every pattern taken out
     * of both documents, the gate finds 1.1.0 compatible (CHANGELOG.md, 1.1.0, Breaking (contract only)).
     */
    @Test
    void release110BreaksRelease100OnlyThroughItsPatterns() {
        String v100 = Specs.read(Baselines.DIRECTORY.resolve("openapi-1.0.0.yaml"));
        String v110 = Specs.read(Baselines.DIRECTORY.resolve("openapi-1.1.0.yaml"));

        CompatibilityGate.Verdict asReleased = CompatibilityGate.compare(v100, v110);
        CompatibilityGate.Verdict withoutPatterns = CompatibilityGate.compare(
                withoutPatterns(Specs.load(v100)), withoutPatterns(Specs.load(v110)));

        assertThat(asReleased.incompatible()).as("1.1.0 narrows patterns of 1.0.0").isTrue();
        assertThat(withoutPatterns.incompatible()).as(withoutPatterns.changes()).isFalse();
    }

    /**
     * Release 1.2.0 broke 1.1.0 in exactly three places (CHANGELOG.md, 1.2.0, Breaking): the schema of the create
     * answer (contract only: the wire is the same, but the answer is one envelope whose {@code result} lists the
     * members of both shapes instead of a oneOf of two envelopes that generated clients could not tell apart),
     * {@code account_id} narrowed to 32 lowercase hex characters (Cloudflare's gateway answers 7003 otherwise),
     * and the failure envelope requiring only {@code success} and {@code errors} (Cloudflare's 10000 body). With
     * those three made the same in both documents, the gate finds 1.2.0 compatible.
     */
    @Test
    void release120BreaksRelease110OnlyInItsThreeAnnouncedChanges() {
        String v110 = Specs.read(Baselines.DIRECTORY.resolve("openapi-1.1.0.yaml"));
        String v120 = Specs.read(Baselines.DIRECTORY.resolve("openapi-1.2.0.yaml"));

        CompatibilityGate.Verdict asReleased = CompatibilityGate.compare(v110, v120);
        CompatibilityGate.Verdict withoutAnnounced = CompatibilityGate.compare(
                withoutRelease120Changes(Specs.load(v110)), withoutRelease120Changes(Specs.load(v120)));

        assertThat(asReleased.incompatible()).as("1.2.0 makes three announced breaking changes").isTrue();
        assertThat(withoutAnnounced.incompatible()).as(withoutAnnounced.changes()).isFalse();
    }

    /**
     * Release 1.3.0 breaks 1.2.0 for generated code only (CHANGELOG.md, 1.3.0, Breaking (generated code only)):
     * {@code health_check.target}'s two schemas hide their {@code oneOf} in a double {@code not}, so generators type
     * the target as a plain value instead of a union. The create body's one-tunnel form also admits an empty
     * {@code gre_tunnels} (a widening of the request). With the two target schemas made the same in both
     * documents, the gate finds 1.3.0 compatible: nothing else breaks, on the wire or in generated code.
     */
    @Test
    void release130BreaksRelease120OnlyInTheTypesGeneratedForTheTarget() {
        String v120 = Specs.read(Baselines.DIRECTORY.resolve("openapi-1.2.0.yaml"));
        String v130 = Specs.read(Baselines.DIRECTORY.resolve("openapi-1.3.0.yaml"));

        CompatibilityGate.Verdict asReleased = CompatibilityGate.compare(v120, v130);
        CompatibilityGate.Verdict withoutAnnounced = CompatibilityGate.compare(
                withSameTargets(Specs.load(v120)), withSameTargets(Specs.load(v130)));

        assertThat(asReleased.incompatible()).as("1.3.0 makes one announced break for generated code").isTrue();
        assertThat(asReleased.changes()).contains("`HealthCheckTarget` was a oneOf", "`HealthCheckTargetRequest` was a oneOf");
        assertThat(withoutAnnounced.incompatible()).as(withoutAnnounced.changes()).isFalse();
    }

    private static OpenAPI withSameTargets(OpenAPI api) {
        api.getComponents().getSchemas().put("HealthCheckTarget", new StringSchema());
        api.getComponents().getSchemas().put("HealthCheckTargetRequest", new StringSchema());
        return api;
    }

    private static OpenAPI withoutRelease120Changes(OpenAPI api) {
        api.getPaths().get("/accounts/{account_id}/magic/gre_tunnels").getPost().getResponses().get("200")
                .getContent().get("application/json").setSchema(new ObjectSchema());
        api.getComponents().getParameters().values().stream()
                .filter(parameter -> "account_id".equals(parameter.getName()))
                .forEach(parameter -> parameter.setSchema(new StringSchema()));
        api.getComponents().getSchemas().get("ApiErrorResponse").setRequired(List.of("success", "errors"));
        return api;
    }

    private static OpenAPI withoutPatterns(OpenAPI api) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        api.getComponents().getSchemas().values().forEach(s -> dropPatterns(s, seen));
        api.getComponents().getParameters().values().forEach(p -> dropPatterns(p.getSchema(), seen));
        return api;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void dropPatterns(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        schema.setPattern(null);
        if (schema.getProperties() != null) {
            ((java.util.Map<String, Schema>) schema.getProperties()).values().forEach(p -> dropPatterns(p, seen));
        }
        dropPatterns(schema.getItems(), seen);
        for (List<Schema> variants : Arrays.asList(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())) {
            if (variants != null) {
                variants.forEach(v -> dropPatterns(v, seen));
            }
        }
    }
}
