package dev.magicgre.spec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a spec with the last released one (the baseline) and says whether the change breaks clients.
 * openapi-diff does the comparison; this class adds what it gets wrong for us: inline oneOf variants (see
 * {@link InlineVariantNormaliser}), a body widened to a oneOf that keeps the old schema (see
 * {@link OneOfWidening}), removed response fields (see {@link RemovedResponseFields}), values hidden in a double
 * {@code not} (see {@link DoubleNotNormaliser}) and unions that generated clients lose (see {@link UnionsMadeOpaque}).
 */
public final class CompatibilityGate {

    private CompatibilityGate() {
    }

    public record Verdict(boolean incompatible, String changes) {
    }

    public static Verdict compare(String baselineContent, String currentContent) {
        return compare(Specs.load(baselineContent), Specs.load(currentContent));
    }

    /** As {@link #compare(String, String)}, on parsed documents (rewritten in place). */
    public static Verdict compare(OpenAPI baselineDocument, OpenAPI currentDocument) {
        // on the documents as written: the double not that hides a union is what generators see
        List<String> opaque = UnionsMadeOpaque.in(baselineDocument, currentDocument);
        OpenAPI baseline = InlineVariantNormaliser.normalise(DoubleNotNormaliser.normalise(baselineDocument));
        OpenAPI current = InlineVariantNormaliser.normalise(DoubleNotNormaliser.normalise(currentDocument));
        List<String> widened = OneOfWidening.project(baseline, current);
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(baseline, current);
        List<String> removed = RemovedResponseFields.in(diff);
        // isIncompatible(), not isCoreChanged(): 2.1.7 answers NO_CHANGES from isCoreChanged() even for a
        // narrowed request enum, since it only looks at the top level of the document
        boolean incompatible = diff.isIncompatible() || !removed.isEmpty() || !opaque.isEmpty();
        return new Verdict(incompatible, render(diff, removed, widened, opaque));
    }

    /** The tool's Markdown report without the quoted descriptions that drown it, plus our own findings. */
    private static String render(ChangedOpenApi diff, List<String> removedResponseFields, List<String> widened,
            List<String> opaque) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String report = out.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.trim().startsWith(">"))
                .collect(Collectors.joining("\n"));
        if (!removedResponseFields.isEmpty()) {
            report += "\n#### Removed response fields (breaking for this project)\n- "
                    + String.join("\n- ", removedResponseFields);
        }
        if (!widened.isEmpty()) {
            report += "\n#### Bodies widened to a oneOf that keeps the old schema (compared as the old schema)\n- "
                    + String.join("\n- ", widened);
        }
        if (!opaque.isEmpty()) {
            report += "\n#### Unions generated clients lose (breaking for generated code)\n- " + String.join("\n- ", opaque);
        }
        return report;
    }
}
