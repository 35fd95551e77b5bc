package dev.magicgre.contract.specdriven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.spec.Specs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The property test is only worth something if a spec and a stub that disagree make it fail. Here the spec is
 * changed in the two directions (a rule the stub does not have, a rule the stub has that the spec drops) and
 * the same judge, on fixed seeds, must find the disagreement.
 */
class SpecDrivenBitesTest {

    private static final int SEEDS = 200;
    private static StubUnderTest stub;

    @BeforeAll
    static void start() {
        stub = new StubUnderTest();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    /** The spec admits an mtu from 100: generated mtus from 100 to 575 are valid for it, and the stub refuses them. */
    @Test
    void aSpecMoreLenientThanTheStubIsCaught() {
        Judge judge = new Judge(Specs.currentContent().replace("minimum: 576", "minimum: 100"), stub);

        List<String> problems = new ArrayList<>();
        for (long seed = 0; seed < SEEDS && problems.isEmpty(); seed++) {
            problems.addAll(judge.valid(WriteOperation.CREATE_ONE, seed).problems());
        }

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("the stub refused a schema-valid request", "/mtu"));
    }

    /** The spec forbids an mtu above 1500 that the stub accepts: a broken request answered 200 is caught. */
    @Test
    void aSpecStricterThanTheStubIsCaught() {
        Judge judge = new Judge(Specs.currentContent().replace("minimum: 576\n", "minimum: 576\n      maximum: 1500\n"), stub);

        List<String> problems = new ArrayList<>();
        for (long seed = 0; seed < SEEDS && problems.isEmpty(); seed++) {
            Optional<Judge.Verdict> verdict = judge.invalid(WriteOperation.CREATE_ONE, seed);
            verdict.filter(v -> v.request().contains("broken: maximum 1500")).ifPresent(v -> problems.addAll(v.problems()));
        }

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("expected 400 with the error envelope, got 200"));
    }
}
