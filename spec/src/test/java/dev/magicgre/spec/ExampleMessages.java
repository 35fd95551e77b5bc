package dev.magicgre.spec;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import java.util.Map;

/** Turns example values into the HTTP messages a real client or server would exchange. */
public final class ExampleMessages {

    static final String NEW_TARGET_HEADER = "x-magic-new-hc-target";
    private static final String BEARER = "Bearer example-token";

    private ExampleMessages() {
    }

    /** Examples come from the YAML as Jackson nodes or plain Java values; both serialise the same way. */
    public static String json(Object exampleValue) {
        try {
            return Json.mapper().writeValueAsString(exampleValue);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("example is not serialisable: " + exampleValue, e);
        }
    }

    /**
     * A request as a client sends it. The spec cannot tie the target's form to the header, so unless the caller
     * gives the header, it is chosen from the body (every target an object: true, otherwise false), as the header
     * rule in the spec says.
     */
    public static Request request(String method, String path, String bodyJson,
                                  Map<String, String> headers, Map<String, String> query) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path)
                .withAuthorization(BEARER)
                .withAccept("application/json");
        if (bodyJson != null) {
            builder.withContentType("application/json").withBody(bodyJson);
            if (headers.keySet().stream().noneMatch(NEW_TARGET_HEADER::equalsIgnoreCase)) {
                builder.withHeader(NEW_TARGET_HEADER, Boolean.toString(targetIsObject(bodyJson)));
            }
        }
        headers.forEach(builder::withHeader);
        query.forEach(builder::withQueryParam);
        return builder.build();
    }

    public static Response response(int status, String bodyJson) {
        return new SimpleResponse.Builder(status).withContentType("application/json").withBody(bodyJson).build();
    }

    static boolean targetIsObject(String bodyJson) {
        try {
            return HealthCheckTargets.allObjects(Json.mapper().readTree(bodyJson));
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
