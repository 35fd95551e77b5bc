package dev.magicgre.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.stream.Collectors;

/**
 * Checks HTTP messages (and bare JSON values) against one spec. Shared by the example test here and, later,
 * by the Pact-file check of contract-tests, so both judge with the same validator settings.
 */
public final class SpecValidator {

    /** The path of every server URL in the spec; requests carry it, the spec's paths do not. */
    public static final String BASE_PATH = "/client/v4";

    private final OpenApiInteractionValidator interactions;
    private final SchemaValidator schemas;

    public SpecValidator(String specContent) {
        this.interactions = OpenApiInteractionValidator.createForInlineApiSpecification(specContent)
                // two servers share the path; say it once so matching does not depend on which one is picked
                .withBasePathOverride(BASE_PATH)
                .build();
        OpenAPI api = Specs.load(specContent);
        this.schemas = new SchemaValidator(api, new MessageResolver());
    }

    public ValidationReport validateRequest(Request request) {
        return interactions.validateRequest(request);
    }

    public ValidationReport validateResponse(String path, Request.Method method, Response response) {
        return interactions.validateResponse(path, method, response);
    }

    /**
     * For examples that are not HTTP messages, such as a schema's own {@code example}. Passed as a parsed node:
     * the String overload treats text as a raw parameter value and would quote a JSON string a second time.
     */
    public ValidationReport validateValue(String json, Schema<?> schema, String where) {
        return schemas.validate(() -> Json.mapper().readTree(json), schema, where);
    }

    /** A report fails on errors and on warnings: a warning here means part of the example went unchecked. */
    public static boolean fails(ValidationReport report) {
        return report.getMessages().stream().anyMatch(m -> m.getLevel() == ValidationReport.Level.ERROR
                || m.getLevel() == ValidationReport.Level.WARN);
    }

    public static String describe(ValidationReport report) {
        if (report.getMessages().isEmpty()) {
            return "  (no messages)";
        }
        return report.getMessages().stream()
                .map(m -> "  - [" + m.getLevel() + "] " + m.getKey() + ": " + m.getMessage()
                        + (m.getAdditionalInfo().isEmpty() ? "" : "\n      " + String.join("\n      ", m.getAdditionalInfo())))
                .collect(Collectors.joining("\n"));
    }
}
