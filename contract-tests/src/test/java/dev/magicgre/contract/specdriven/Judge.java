package dev.magicgre.contract.specdriven;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.spec.HealthCheckTargets;
import dev.magicgre.spec.SpecValidator;
import dev.magicgre.spec.Specs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends one generated case to the stub and says what disagrees with the spec. The spec validator judges the
 * generated request first, so that a generator straying from the spec shows up as such instead of proving
 * nothing. Kept apart from the properties so that {@code SpecDrivenBitesTest} can run it on a changed spec.
 */
final class Judge {

    /** A case and what is wrong with it (nothing, when the stub and the spec agree). */
    record Verdict(String request, List<String> problems) {
    }

    private final SpecSchemas schemas;
    private final SpecValidator validator;
    private final StubUnderTest stub;
    private final PatternStrings patterns = new PatternStrings();
    private final Figures figures = new Figures();

    Judge(String specContent, StubUnderTest stub) {
        this.schemas = new SpecSchemas(Specs.load(specContent));
        this.validator = new SpecValidator(specContent);
        this.stub = stub;
    }

    Figures figures() {
        return figures;
    }

    /** A schema-valid request keeping the prose rules: 200, an answer the spec allows, targets as the header says. */
    Verdict valid(WriteOperation operation, long seed) {
        GeneratedRequest request = new GeneratedCase(operation, seed, schemas, patterns, stub.ready()).valid();
        List<String> problems = new ArrayList<>();
        ValidationReport report = validator.validateRequest(request.forValidator());
        if (SpecValidator.fails(report)) {
            problems.add("the generator made a request the spec refuses (a generator bug):\n" + SpecValidator.describe(report));
            return new Verdict(request.toString(), problems);
        }
        StubUnderTest.Answer answer = timed(request);
        figures.valid(operation);
        if (answer.status() != 200 || answer.json() == null || !answer.json().path("success").asBoolean(false)) {
            problems.add("the stub refused a schema-valid request: " + answer);
        } else {
            problems.addAll(answerProblems(request, answer));
            problems.addAll(HealthCheckTargets.wrongForm(answer.json(), request.objectTargets()));
        }
        return new Verdict(request.toString(), problems);
    }

    /** The same with one schema rule broken: 400 pointing at it, an answer the spec allows, nothing changed. */
    Optional<Verdict> invalid(WriteOperation operation, long seed) {
        Optional<GeneratedCase.Mutated> mutated =
                new GeneratedCase(operation, seed, schemas, patterns, stub.ready()).mutated();
        if (mutated.isEmpty()) {
            return Optional.empty(); // a delete without body: nothing to break
        }
        GeneratedRequest request = mutated.get().request();
        String pointer = mutated.get().mutation().pointer();
        List<String> problems = new ArrayList<>();
        if (!SpecValidator.fails(validator.validateRequest(request.forValidator()))) {
            problems.add("the mutation left the request valid for the spec (a generator bug)");
            return Optional.of(new Verdict(mutated.get().toString(), problems));
        }
        List<GreTunnel> before = stub.tunnels();
        StubUnderTest.Answer answer = timed(request);
        figures.invalid(mutated.get().mutation().rule());
        if (answer.status() != 400 || answer.json() == null) {
            problems.add("expected 400 with the error envelope, got " + answer);
        } else {
            List<String> pointers = new ArrayList<>();
            answer.json().path("errors").forEach(e -> pointers.add(e.path("source").path("pointer").asText(null)));
            if (!pointers.contains(pointer)) {
                problems.add("no error points at '" + pointer + "'; pointers " + pointers + " in " + answer);
            }
            problems.addAll(answerProblems(request, answer));
        }
        if (!before.equals(stub.tunnels())) {
            problems.add("a refused request changed the stored tunnels");
        }
        return Optional.of(new Verdict(mutated.get().toString(), problems));
    }

    /** Any answer must be one the spec allows for that operation and status. */
    List<String> answerProblems(GeneratedRequest request, StubUnderTest.Answer answer) {
        ValidationReport report = validator.validateResponse(SpecValidator.BASE_PATH + request.path(),
                Request.Method.valueOf(request.method()),
                SimpleResponse.Builder.status(answer.status()).withContentType("application/json")
                        .withBody(answer.text()).build());
        return SpecValidator.fails(report)
                ? List.of("the answer does not obey the spec:\n" + SpecValidator.describe(report) + "\n  answer: " + answer)
                : List.of();
    }

    StubUnderTest.Answer timed(GeneratedRequest request) {
        long start = System.nanoTime();
        try {
            return stub.send(request);
        } finally {
            figures.stub(System.nanoTime() - start);
        }
    }
}
