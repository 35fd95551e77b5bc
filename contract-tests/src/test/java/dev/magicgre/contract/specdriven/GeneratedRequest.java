package dev.magicgre.contract.specdriven;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.spec.SpecValidator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the property test: method, path below {@code /client/v4}, the two switches and the body
 * (null: none). {@link #toString()} is what a failure prints: enough to send it again with curl.
 */
record GeneratedRequest(String method, String path, String targetHeader, String validateOnly, JsonNode body) {

    static final String BEARER = "Bearer " + dev.magicgre.stub.auth.Identities.EXAMPLE_TOKEN;

    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", BEARER);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (targetHeader != null) {
            headers.put("x-magic-new-hc-target", targetHeader);
        }
        return headers;
    }

    String pathAndQuery() {
        return path + (validateOnly == null ? "" : "?validate_only=" + validateOnly);
    }

    /** The same request as the spec validator sees it. */
    Request forValidator() {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, SpecValidator.BASE_PATH + path);
        headers().forEach(builder::withHeader);
        if (validateOnly != null) {
            builder.withQueryParam("validate_only", validateOnly);
        }
        if (body != null) {
            builder.withBody(body.toString());
        }
        return builder.build();
    }

    boolean objectTargets() {
        return "true".equals(targetHeader);
    }

    GeneratedRequest withBody(JsonNode newBody) {
        return new GeneratedRequest(method, path, targetHeader, validateOnly, newBody);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(method).append(' ').append(SpecValidator.BASE_PATH).append(pathAndQuery());
        headers().forEach((name, value) -> s.append("\n  ").append(name).append(": ")
                .append(name.equals("Authorization") ? "Bearer <example token>" : value));
        s.append("\n  body: ").append(body == null ? "(none)" : body.toString());
        return s.toString();
    }
}
