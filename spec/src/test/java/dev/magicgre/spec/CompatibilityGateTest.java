package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;

/**
 * What the gate catches and lets through, shown on variants of the 1.0.0 baseline kept under
 * src/test/resources/diff/ (each differs from the baseline by one change).
 */
class CompatibilityGateTest {

    private static final String BASELINE = Specs.read(Path.of("baseline/openapi-1.0.0.yaml"));

    private static String fixture(String name) {
        return Specs.read(Path.of("src/test/resources/diff", name + ".yaml"));
    }

    private static CompatibilityGate.Verdict against(String fixture) {
        return CompatibilityGate.compare(BASELINE, fixture(fixture));
    }

    @Test
    void theBaselineAgainstItselfIsCompatible() {
        CompatibilityGate.Verdict verdict = CompatibilityGate.compare(BASELINE, BASELINE);

        assertThat(verdict.incompatible()).as(verdict.changes()).isFalse();
        assertThat(verdict.changes()).contains("No differences");
    }

    @Test
    void removingAResponseFieldIsABreak() {
        CompatibilityGate.Verdict verdict = against("response-field-removed");

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).contains("response field `result.modified_on` removed");
    }

    @Test
    void addingARequiredRequestFieldIsABreak() {
        CompatibilityGate.Verdict verdict = against("request-required-field-added");

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).contains("New required properties", "`region`");
    }

    @Test
    void narrowingAnEnumIsABreak() {
        CompatibilityGate.Verdict verdict = against("enum-narrowed");

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).contains("Removed enum value", "`low`");
    }

    @Test
    void addingAnOptionalRequestFieldIsCompatible() {
        CompatibilityGate.Verdict verdict = against("optional-request-field-added");

        assertThat(verdict.incompatible()).as(verdict.changes()).isFalse();
        assertThat(verdict.changes()).contains("Added property `comment`");
    }

    @Test
    void reorderingTheTargetVariantsIsCompatible() {
        CompatibilityGate.Verdict verdict = against("oneof-variants-reordered");

        assertThat(verdict.incompatible()).as(verdict.changes()).isFalse();
    }

    @Test
    void narrowingTheInlineStringVariantIsABreak() {
        CompatibilityGate.Verdict verdict = against("oneof-inline-variant-narrowed");

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).contains("HealthCheckTarget.oneOf.string");
    }

    @Test
    void aSecondBodyFormWhoseOneOfsKeepTheOldSchemasIsCompatible() {
        CompatibilityGate.Verdict verdict = against("body-widened-to-oneof");

        assertThat(verdict.incompatible()).as(verdict.changes()).isFalse();
        assertThat(verdict.changes()).contains(
                "request body: application/json `GreTunnelsCreateBody` is a oneOf that keeps the old `GreTunnelCreateRequest`",
                "response 200: application/json `GreTunnelsCreateResult` is a oneOf that keeps the old `GreTunnelCreateResponse`");
    }

    /** The widening rule compares the kept variant like the old schema: a break inside it is still a break. */
    @Test
    void aSecondBodyFormDoesNotHideABreakInTheKeptVariant() {
        CompatibilityGate.Verdict verdict = against("body-widened-to-oneof-old-variant-narrowed");

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).contains("New required properties", "`region`");
    }

    /** Without a new request form, a response that may now come in another shape can surprise an old client. */
    @Test
    void aResponseWidenedToAOneOfOnItsOwnIsABreak() {
        CompatibilityGate.Verdict verdict = against("response-widened-to-oneof-alone");

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).doesNotContain("is a oneOf that keeps the old");
    }

    @Test
    void aRequestOneOfThatDropsTheOldSchemaIsABreak() {
        CompatibilityGate.Verdict verdict = against("body-oneof-without-old-schema");

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).doesNotContain("is a oneOf that keeps the old");
    }

    /**
     * Pins the tool's false break the widening rule exists for: if a new openapi-diff version compares a schema
     * with the variants of the oneOf that replaced it, OneOfWidening may no longer be needed.
     */
    @Test
    void theRawToolCallsABodyWidenedToAOneOfABreak() {
        assertThat(OpenApiCompare.fromContents(BASELINE, fixture("body-widened-to-oneof")).isIncompatible())
                .as("raw openapi-diff reports an object body turned into a oneOf as a changed type").isTrue();
    }

    /**
     * Pins the tool's known false positive and false negative that the normaliser exists for. If a new
     * openapi-diff version stops failing here, InlineVariantNormaliser may no longer be needed.
     */
    @Test
    void theRawToolKeysInlineVariantsByPosition() {
        assertThat(OpenApiCompare.fromContents(BASELINE, fixture("oneof-variants-reordered")).isIncompatible())
                .as("raw openapi-diff reports swapped oneOf variants as a break").isTrue();
        assertThat(OpenApiCompare.fromContents(BASELINE, fixture("oneof-inline-variant-narrowed")).isIncompatible())
                .as("raw openapi-diff misses a narrowed inline oneOf variant").isFalse();
    }

    // --- the double not of spec 1.3.0 (health_check.target), on the released 1.2.0 and 1.3.0 documents ------------

    private static final String V120 = Specs.read(Path.of("baseline/openapi-1.2.0.yaml"));
    private static final String V130 = Specs.read(Path.of("baseline/openapi-1.3.0.yaml"));

    /** The values on the wire are the same, but generated clients type the target Object/any instead of a union. */
    @Test
    void hidingTheTargetUnionInADoubleNotIsABreakForGeneratedCode() {
        CompatibilityGate.Verdict verdict = CompatibilityGate.compare(V120, V130);

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).contains("Unions generated clients lose",
                "`HealthCheckTarget` was a oneOf", "`HealthCheckTargetRequest` was a oneOf");
    }

    /** The gate looks inside the double not: a variant narrowed there is a break of the wire, named. */
    @Test
    void narrowingAVariantInsideTheDoubleNotIsABreak() {
        io.swagger.v3.oas.models.OpenAPI narrowed = Specs.load(V130);
        narrowed.getComponents().getSchemas().get("HealthCheckTargetAddress").setMaxLength(15);

        CompatibilityGate.Verdict verdict = CompatibilityGate.compare(Specs.load(V130), narrowed);

        assertThat(verdict.incompatible()).isTrue();
        assertThat(verdict.changes()).contains("HealthCheckTargetAddress").doesNotContain("Unions generated clients lose");
    }

    /**
     * Pins the tool's blind spot DoubleNotNormaliser exists for: if a new openapi-diff version sees a change inside
     * a {@code not}, the normaliser may no longer be needed.
     */
    @Test
    void theRawToolDoesNotLookInsideANot() {
        io.swagger.v3.oas.models.OpenAPI narrowed = Specs.load(V130);
        narrowed.getComponents().getSchemas().get("HealthCheckTargetAddress").setMaxLength(15);

        assertThat(OpenApiCompare.fromSpecifications(Specs.load(V130), narrowed).isIncompatible())
                .as("raw openapi-diff misses a narrowed variant inside a double not").isFalse();
    }
}
