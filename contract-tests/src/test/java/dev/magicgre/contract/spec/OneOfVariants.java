package dev.magicgre.contract.spec;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.spec.SpecValidator;
import dev.magicgre.spec.Specs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When a whole body fails a {@code oneOf} (the create body and its answer: one tunnel or several), the
 * validator says only "matched 0 out of 2" at {@code /}. This finds the variant the body comes closest to (the
 * fewest findings) and answers that variant's findings, which carry the pointer of the field at fault
 * ({@code /result/customer_gre_endpoint} rather than {@code /}).
 */
final class OneOfVariants {

  private final OpenAPI api;
  private final SpecValidator validator;

  OneOfVariants(String specContent) {
    this.api = Specs.load(specContent);
    this.validator = new SpecValidator(specContent);
  }

  /** The closest variant's report, or empty when the body's schema at that place is no oneOf. */
  Optional<ValidationReport> closest(PactInteraction interaction, String side) {
    Optional<Schema<?>> schema = bodySchema(interaction, side).map(this::resolve);
    if (schema.isEmpty() || schema.get().getOneOf() == null) {
      return Optional.empty();
    }
    JsonNode body = side.equals("request") ? interaction.requestBody() : interaction.responseBody();
    if (body == null) {
      return Optional.empty();
    }
    return schema.get().getOneOf().stream()
        .map(variant -> validator.validateValue(body.toString(), variant, side + " body"))
        .min(Comparator.comparingInt(report -> report.getMessages().size()));
  }

  private Optional<Schema<?>> bodySchema(PactInteraction interaction, String side) {
    return operation(interaction).flatMap(operation -> {
      MediaType media;
      if (side.equals("request")) {
        media = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent().get("application/json");
      } else {
        ApiResponse response = operation.getResponses().get(String.valueOf(interaction.status()));
        media = response == null || response.getContent() == null ? null : response.getContent().get("application/json");
      }
      return Optional.ofNullable(media).map(m -> (Schema<?>) m.getSchema());
    });
  }

  /** The spec operation a pact request calls: its method, and the path template its path fits. */
  private Optional<Operation> operation(PactInteraction interaction) {
    String path = interaction.path().startsWith(SpecValidator.BASE_PATH)
        ? interaction.path().substring(SpecValidator.BASE_PATH.length()) : interaction.path();
    PathItem.HttpMethod method = PathItem.HttpMethod.valueOf(interaction.method().toUpperCase(Locale.ROOT));
    for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
      if (path.matches(entry.getKey().replaceAll("\\{[^}]+}", "[^/]+"))) {
        return Optional.ofNullable(entry.getValue().readOperationsMap().get(method));
      }
    }
    return Optional.empty();
  }

  private Schema<?> resolve(Schema<?> schema) {
    Schema<?> s = schema;
    while (s != null && s.get$ref() != null) {
      s = api.getComponents().getSchemas().get(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1));
    }
    return s;
  }

  static boolean isWholeBodyOneOf(ValidationReport.Message message, String pointer) {
    return message.getKey().endsWith(".body.schema.oneOf") && (pointer.isEmpty() || pointer.equals("/"));
  }

}
