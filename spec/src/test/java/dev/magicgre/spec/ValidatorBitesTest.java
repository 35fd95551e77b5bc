package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example test is only worth something if the validator rejects broken examples; these prove it does. */
class ValidatorBitesTest {

    private static final String PATH = SpecValidator.BASE_PATH + "/accounts/023e105f4ecef8ad9ca31a8372d0c353/magic/gre_tunnels";
    private static final String TUNNEL_ID = "c4a7362d577a6c3019a474fd6f485821";

    private static SpecValidator validator;
    private static OpenAPI api;

    @BeforeAll
    static void load() {
        String spec = Specs.currentContent();
        validator = new SpecValidator(spec);
        api = Specs.load(spec);
    }

    @Test
    void theUnchangedExampleIsAccepted() {
        assertThat(SpecValidator.fails(requestReport(body -> { }))).isFalse();
    }

    @Test
    void aNameWithASpaceIsReported() {
        ValidationReport report = requestReport(body -> body.put("name", "has space"));

        // the create body is a oneOf (one tunnel, or several): the finding is reported inside the variant it concerns
        assertThat(SpecValidator.describe(report)).contains("validation.request.body.schema.oneOf",
                "/oneOf/0: ECMA 262 regex", "does not match input string \"has space\"");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    @Test
    void anMtuBelowTheMinimumIsReported() {
        ValidationReport report = requestReport(body -> body.put("mtu", 100));

        assertThat(SpecValidator.describe(report)).contains("/oneOf/0: Numeric instance is lower than the required minimum (minimum: 576, found: 100)");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    @Test
    void anUnknownEnumValueIsReported() {
        ValidationReport report = requestReport(body -> ((ObjectNode) body.get("health_check")).put("rate", "sometimes"));

        assertThat(SpecValidator.describe(report)).contains("/oneOf/0: Instance value (\"sometimes\") not found in enum");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    @Test
    void aFailureEnvelopeInASuccessResponseIsReported() {
        ValidationReport report = validator.validateResponse(PATH + "/" + TUNNEL_ID, Request.Method.GET,
                ExampleMessages.response(200, failureExample()));

        assertThat(SpecValidator.describe(report)).contains("validation.response.body.schema.enum", "/success", "validation.response.body.schema.maxItems");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    /** The create answer is a success envelope (one schema for both shapes): a failure envelope is refused. */
    @Test
    void aFailureEnvelopeInASuccessResponseOfACreateIsReported() {
        ValidationReport report = validator.validateResponse(PATH, Request.Method.POST,
                ExampleMessages.response(200, failureExample()));

        assertThat(SpecValidator.describe(report)).contains("[Path '/success']", "[Path '/result']");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    @Test
    void aGreTunnelIdThatIsNotHexIsReported() {
        ValidationReport report = validator.validateRequest(
                ExampleMessages.request("GET", PATH + "/not-a-tunnel-id", null, Map.of(), Map.of()));

        assertThat(SpecValidator.describe(report)).contains("validation.request.parameter.schema.pattern", "not-a-tunnel-id");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    /**
     * A body with a non-empty {@code gre_tunnels} is the several-tunnels form whatever else it holds, as the stub
     * reads it: the one-tunnel variant excludes such a member, so a tunnel's fields beside a list match only the
     * wrapped variant (which this validator, strict on undeclared members, then reports only for those members:
     * the stub ignores them like any unknown member). Beside an empty list the fields are the one-tunnel form
     * (1.3.0, what the generators that merge the two forms send), and so is an entry with an empty list of its
     * own (this strict validator reports the list as an undeclared member, which the stub ignores); an entry with
     * a non-empty or null list is refused.
     */
    @Test
    void aNonEmptyGreTunnelsMemberMakesABodyTheWrappedFormOnly() {
        ValidationReport besideAList = requestReport(body -> body.set("gre_tunnels", Json.mapper().createArrayNode().add(body.deepCopy())));
        ValidationReport besideAnEmptyList = requestReport(body -> body.set("gre_tunnels", Json.mapper().createArrayNode()));
        ValidationReport besideNull = requestReport(body -> body.putNull("gre_tunnels"));
        ValidationReport nestedEmpty = requestReport(body -> nest(body, Json.mapper().createArrayNode()));
        ValidationReport nestedList = requestReport(body -> nest(body, Json.mapper().createArrayNode().add(body.deepCopy())));
        ValidationReport nestedNull = requestReport(body -> nest(body, Json.mapper().nullNode()));

        assertThat(SpecValidator.describe(besideAList))
                .contains("/oneOf/0: Instance matched a schema which it should not have",
                        "/oneOf/1: Object instance has properties which are not allowed by the schema")
                .doesNotContain("/oneOf/1: Array is too short", "/oneOf/1: object has missing required properties");
        // valid by the spec; this validator, strict on undeclared members, reports only the empty list as one
        assertThat(SpecValidator.describe(besideAnEmptyList))
                .contains("/oneOf/0: Object instance has properties which are not allowed by the schema: [\"gre_tunnels\"]")
                .doesNotContain("/oneOf/0: Instance matched a schema which it should not have",
                        "/oneOf/0: object has missing required properties");
        assertThat(SpecValidator.describe(nestedEmpty))
                .contains("/oneOf/1: Object instance has properties which are not allowed by the schema: [\"gre_tunnels\"]")
                .doesNotContain("/oneOf/1: Instance matched a schema which it should not have");
        assertThat(SpecValidator.describe(besideNull)).contains("/oneOf/0: Instance matched a schema which it should not have");
        assertThat(SpecValidator.fails(besideNull)).isTrue();
        assertThat(SpecValidator.describe(nestedList)).contains("/oneOf/1: Instance matched a schema which it should not have");
        assertThat(SpecValidator.fails(nestedList)).isTrue();
        assertThat(SpecValidator.describe(nestedNull)).contains("/oneOf/1: Instance matched a schema which it should not have");
        assertThat(SpecValidator.fails(nestedNull)).isTrue();
    }

    /** Makes the body an entry, with {@code list} as its own gre_tunnels, of a create of several. */
    private static void nest(ObjectNode body, JsonNode list) {
        ObjectNode entry = body.deepCopy();
        entry.set("gre_tunnels", list);
        body.removeAll();
        body.set("gre_tunnels", Json.mapper().createArrayNode().add(entry));
    }

    private static String failureExample() {
        return ExampleMessages.json(api.getComponents().getResponses().get("Failure").getContent()
                .get("application/json").getExamples().get("invalidName").getValue());
    }

    @Test
    void aSchemaExampleThatBreaksItsPatternIsReported() {
        ValidationReport report = validator.validateValue("\"has space\"",
                api.getComponents().getSchemas().get("TunnelName"), "example");

        assertThat(SpecValidator.describe(report)).contains("pattern");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    /**
     * Since 1.3.0 the target's oneOf is written inside {@code not: {not: ...}} (so that generators type it as a plain
     * value); a validator still reads it as the oneOf: a number, an array, an address that is not one, or an object
     * whose {@code saved} is not one, is refused, and both forms pass (the header rule is checked apart). The
     * one-tunnel variant is then reported as matching a schema it should not (the outer {@code not}), with no
     * pointer to the target: what a validator says about a bad target is less precise than with the plain oneOf.
     */
    @ParameterizedTest(name = "target {0} is refused")
    @ValueSource(strings = {"7", "[]", "true", "\"not-an-ip\"", "{\"saved\": \"not-an-ip\"}"})
    void aTargetOutsideItsTwoFormsIsRefusedThroughTheDoubleNot(String raw) {
        ValidationReport report = requestReport(body -> ((ObjectNode) body.get("health_check")).set("target", json(raw)));

        assertThat(SpecValidator.fails(report)).as("target %s", raw).isTrue();
        // the cost of the double not: the finding is the outer not's, without the target's pointer
        assertThat(SpecValidator.describe(report)).contains("/oneOf/0: Instance matched a schema which it should not have")
                .doesNotContain("/oneOf/0: Object has missing required properties");
    }

    @ParameterizedTest(name = "target {0} is valid")
    @ValueSource(strings = {"\"203.0.113.9\"", "\"\"", "{\"saved\": \"203.0.113.9\"}"})
    void aTargetInEitherFormPassesTheDoubleNot(String raw) {
        ValidationReport report = requestReport(body -> ((ObjectNode) body.get("health_check")).set("target", json(raw)));

        assertThat(SpecValidator.fails(report)).as(SpecValidator.describe(report)).isFalse();
    }

    private static JsonNode json(String raw) {
        try {
            return Json.mapper().readTree(raw);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts from the spec's own 'stringTarget' create example, so only the mutation can make it fail. */
    private static ValidationReport requestReport(Consumer<ObjectNode> mutation) {
        String ref = api.getPaths().get("/accounts/{account_id}/magic/gre_tunnels")
                .getPost().getRequestBody().getContent().get("application/json").getExamples()
                .get("stringTarget").get$ref();
        ObjectNode body = Json.mapper().valueToTree(api.getComponents().getExamples()
                .get(ref.substring(ref.lastIndexOf('/') + 1)).getValue());
        mutation.accept(body);
        return validator.validateRequest(ExampleMessages.request("POST", PATH, body.toString(), Map.of(), Map.of()));
    }
}
