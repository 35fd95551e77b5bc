package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
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
        assertThat(Baselines.latest(Baselines.DIRECTORY).getFileName()).hasToString("openapi-1.0.0.yaml");
    }
}
