package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example test is only worth something if the validator rejects broken examples; these prove it does. */
class ValidatorBitesTest {

    private static final String PATH = SpecValidator.BASE_PATH + "/accounts/023e105f4ecef8ad9ca31a8372d0c353/magic/gre_tunnels";

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

        assertThat(SpecValidator.describe(report)).contains("validation.request.body.schema.pattern", "has space");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    @Test
    void anMtuBelowTheMinimumIsReported() {
        ValidationReport report = requestReport(body -> body.put("mtu", 100));

        assertThat(SpecValidator.describe(report)).contains("validation.request.body.schema.minimum");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    @Test
    void anUnknownEnumValueIsReported() {
        ValidationReport report = requestReport(body -> ((ObjectNode) body.get("health_check")).put("rate", "sometimes"));

        assertThat(SpecValidator.describe(report)).contains("validation.request.body.schema.enum", "sometimes");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    @Test
    void aFailureEnvelopeInASuccessResponseIsReported() {
        String failure = ExampleMessages.json(api.getComponents().getResponses().get("Failure").getContent()
                .get("application/json").getExamples().get("invalidName").getValue());

        ValidationReport report = validator.validateResponse(PATH, Request.Method.POST,
                ExampleMessages.response(200, failure));

        assertThat(SpecValidator.describe(report)).contains("validation.response.body.schema.enum", "/success", "validation.response.body.schema.maxItems");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    @Test
    void aSchemaExampleThatBreaksItsPatternIsReported() {
        ValidationReport report = validator.validateValue("\"has space\"",
                api.getComponents().getSchemas().get("TunnelName"), "example");

        assertThat(SpecValidator.describe(report)).contains("pattern");
        assertThat(SpecValidator.fails(report)).isTrue();
    }

    /** Starts from the spec's own 'stringTarget' request example, so only the mutation can make it fail. */
    private static ValidationReport requestReport(Consumer<ObjectNode> mutation) {
        ObjectNode body = Json.mapper().valueToTree(api.getPaths().get("/accounts/{account_id}/magic/gre_tunnels")
                .getPost().getRequestBody().getContent().get("application/json").getExamples()
                .get("stringTarget").getValue());
        mutation.accept(body);
        return validator.validateRequest(ExampleMessages.request("POST", PATH, body.toString(), Map.of(), Map.of()));
    }
}
