package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.swagger.v3.oas.models.OpenAPI;
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
        assertThat(Baselines.latest(Baselines.DIRECTORY).getFileName()).hasToString("openapi-1.2.0.yaml");
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
