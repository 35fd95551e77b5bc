package dev.magicgre.contract.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.magicgre.spec.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks pact interactions against the spec: the request as a request the spec accepts, the response as a
 * response the spec allows for that status, plus the header rule for the target's form.
 *
 * <p>Two leniencies, on purpose:
 * <ul>
 *   <li>a pact's response names only the fields its consumer relies on (that is what makes consumer-driven
 *       contracts loose enough to evolve), so a response field the spec marks required but the pact leaves
 *       out is not a finding. Every field a pact does name must exist in the spec, with its type and rules;</li>
 *   <li>an interaction that expects a 4xx is a negative test: its request breaks a rule of the spec on purpose
 *       (that is what it tests), so its request is not checked against the spec; its response is, in full.</li>
 * </ul>
 * Requests of every other interaction are checked in full.
 */
public final class PactSpecValidator {

  private final OpenApiInteractionValidator validator;

  public PactSpecValidator(String specContent) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(specContent)
        .withBasePathOverride(SpecValidator.BASE_PATH)
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.response.body.schema.required", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  List<Finding> check(PactInteraction interaction) {
    List<Finding> findings = new ArrayList<>();
    if (!interaction.expectsClientError()) {
      collect(interaction, "request", validator.validateRequest(request(interaction)), findings);
    }
    Request.Method method = Request.Method.valueOf(interaction.method().toUpperCase(java.util.Locale.ROOT));
    collect(interaction, "response", validator.validateResponse(interaction.path(), method, response(interaction)), findings);
    findings.addAll(TargetFormRule.check(interaction));
    return findings;
  }

  private static SimpleRequest request(PactInteraction interaction) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(interaction.method(), interaction.path());
    for (Map.Entry<String, List<String>> header : interaction.requestHeaders().entrySet()) {
      request.withHeader(header.getKey(), header.getValue());
    }
    for (Map.Entry<String, List<String>> parameter : interaction.query().entrySet()) {
      request.withQueryParam(parameter.getKey(), parameter.getValue());
    }
    if (interaction.requestBody() != null) {
      request.withBody(interaction.requestBody().toString());
    }
    return request.build();
  }

  private static SimpleResponse response(PactInteraction interaction) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(interaction.status());
    for (Map.Entry<String, List<String>> header : interaction.responseHeaders().entrySet()) {
      response.withHeader(header.getKey(), header.getValue());
    }
    if (interaction.responseBody() != null) {
      response.withBody(interaction.responseBody().toString());
    }
    return response.build();
  }

  private static void collect(PactInteraction interaction, String side, ValidationReport report, List<Finding> findings) {
    collect(interaction, side, report.getMessages(), findings);
  }

  private static void collect(PactInteraction interaction, String side, List<ValidationReport.Message> messages,
      List<Finding> findings) {
    for (ValidationReport.Message message : messages) {
      if (message.getLevel() != ValidationReport.Level.ERROR && message.getLevel() != ValidationReport.Level.WARN) {
        continue;
      }
      if (message.getKey().endsWith("response.body.schema.oneOf") && !message.getNestedMessages().isEmpty()) {
        // a oneOf answer (the create's GreTunnelsCreateResult) fails at "/": its variants' messages say where
        collect(interaction, side, message.getNestedMessages(), findings);
        continue;
      }
      String pointer = message.getContext()
          .flatMap(ValidationReport.MessageContext::getPointers)
          .map(ValidationReport.MessageContext.Pointers::getInstance)
          .orElse("");
      String detail = message.getAdditionalInfo().isEmpty() ? "" : " (" + String.join("; ", message.getAdditionalInfo()) + ")";
      findings.add(new Finding(interaction.where(), side, pointer, "[" + message.getKey() + "] " + message.getMessage() + detail));
    }
  }
}
