package dev.magicgre.spec;

import com.atlassian.oai.validator.model.Request;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every example of a spec (request bodies, parameters, responses including shared ones under
 * components/responses, and schema {@code example}s) and says how each is checked: as the HTTP message it
 * stands for wherever possible, so path, headers and status take part in the check.
 */
public final class SpecExamples {

    private final OpenAPI api;
    private final List<ExampleCase> cases = new ArrayList<>();
    private final Set<String> usedComponentResponses = new HashSet<>();

    private SpecExamples(OpenAPI api) {
        this.api = api;
    }

    public static List<ExampleCase> of(OpenAPI api) {
        SpecExamples finder = new SpecExamples(api);
        finder.collect();
        return finder.cases;
    }

    private void collect() {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operation(path, method, operation)));
        unusedComponentResponses();
        schemaExamples();
    }

    private void operation(String pathTemplate, PathItem.HttpMethod method, Operation operation) {
        String label = method + " " + pathTemplate;
        List<Parameter> parameters = operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().map(this::resolve).toList();
        String path = SpecValidator.BASE_PATH + fillPath(pathTemplate, parameters, Map.of());

        Map<String, String> bodies = operation.getRequestBody() == null ? Map.of()
                : examples(operation.getRequestBody().getContent());
        bodies.forEach((name, body) -> cases.add(new ExampleCase(label + " request body example '" + name + "'",
                v -> v.validateRequest(ExampleMessages.request(method.name(), path, body, Map.of(), Map.of())))));

        // a parameter example is checked inside an otherwise valid request: the first body example
        String anyBody = bodies.values().stream().findFirst().orElse(null);
        for (Parameter parameter : parameters) {
            parameterExamples(parameter).forEach((name, value) -> cases.add(new ExampleCase(
                    label + " parameter '" + parameter.getName() + "' example '" + name + "'",
                    v -> v.validateRequest(requestWith(method, pathTemplate, parameters, parameter, value, anyBody)))));
        }

        if (operation.getResponses() != null) {
            Set<String> declared = operation.getResponses().keySet();
            operation.getResponses().forEach((status, response) -> responseExamples(
                    label, path, method, status, statusFor(status, declared), response));
        }
    }

    private Request requestWith(PathItem.HttpMethod method, String pathTemplate, List<Parameter> parameters,
                                Parameter parameter, String value, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        switch (parameter.getIn()) {
            case "header" -> headers.put(parameter.getName(), value);
            case "query" -> query.put(parameter.getName(), value);
            default -> { /* path: filled below; cookie: not used by this API */ }
        }
        String path = SpecValidator.BASE_PATH
                + fillPath(pathTemplate, parameters, Map.of(parameter.getName(), value));
        return ExampleMessages.request(method.name(), path, body, headers, query);
    }

    private void responseExamples(String label, String path, PathItem.HttpMethod method, String statusKey,
                                  int status, ApiResponse response) {
        String where = "";
        if (response.get$ref() != null) {
            String name = simpleName(response.get$ref());
            usedComponentResponses.add(name);
            where = " (components/responses/" + name + ")";
            response = api.getComponents().getResponses().get(name);
        }
        String shown = String.valueOf(status).equals(statusKey) ? statusKey : statusKey + " sent as " + status;
        String prefix = label + " response " + shown + where;
        examples(response.getContent()).forEach((name, body) -> cases.add(new ExampleCase(
                prefix + " example '" + name + "'",
                v -> v.validateResponse(path, Request.Method.valueOf(method.name()),
                        ExampleMessages.response(status, body)))));
    }

    /** A shared response no operation uses has no status to be checked with; say so instead of skipping it. */
    private void unusedComponentResponses() {
        if (api.getComponents() == null || api.getComponents().getResponses() == null) {
            return;
        }
        api.getComponents().getResponses().forEach((name, response) -> {
            if (!usedComponentResponses.contains(name) && !examples(response.getContent()).isEmpty()) {
                cases.add(new ExampleCase("components/responses/" + name + " (used by no operation)", v -> {
                    throw new AssertionError("components/responses/" + name
                            + " has examples but no operation uses it, so they cannot be checked as responses");
                }));
            }
        });
    }

    private void schemaExamples() {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getComponents().getSchemas().forEach((name, schema) -> schemaExamples("#/components/schemas/" + name, schema));
    }

    private void schemaExamples(String where, Schema<?> schema) {
        if (schema == null || schema.get$ref() != null) {
            return; // a referenced schema is visited under its own name
        }
        if (schema.getExample() != null) {
            String json = ExampleMessages.json(schema.getExample());
            cases.add(new ExampleCase(where + " example", v -> v.validateValue(json, schema, "example")));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((p, s) -> schemaExamples(where + "/properties/" + p, s));
        }
        schemaExamples(where + "/items", schema.getItems());
    }

    private Map<String, String> examples(Content content) {
        Map<String, String> found = new LinkedHashMap<>();
        if (content == null) {
            return found;
        }
        content.forEach((mediaType, media) -> {
            if (media.getExample() != null) {
                found.put(mediaType, ExampleMessages.json(media.getExample()));
            }
            if (media.getExamples() != null) {
                media.getExamples().forEach((name, example) -> found.put(name, ExampleMessages.json(resolve(example).getValue())));
            }
        });
        return found;
    }

    private Map<String, String> parameterExamples(Parameter parameter) {
        Map<String, String> found = new LinkedHashMap<>();
        if (parameter.getExample() != null) {
            found.put("example", text(parameter.getExample()));
        }
        if (parameter.getExamples() != null) {
            parameter.getExamples().forEach((name, example) -> found.put(name, text(resolve(example).getValue())));
        }
        if (parameter.getSchema() != null && parameter.getSchema().getExample() != null) {
            found.put("schema example", text(parameter.getSchema().getExample()));
        }
        return found;
    }

    /** Path parameters without an example of their own get a placeholder that only has to match the path. */
    private static String fillPath(String template, List<Parameter> parameters, Map<String, String> overrides) {
        String path = template;
        for (Parameter p : parameters) {
            if ("path".equals(p.getIn())) {
                String value = overrides.getOrDefault(p.getName(),
                        p.getExample() != null ? text(p.getExample()) : "x");
                path = path.replace("{" + p.getName() + "}", value);
            }
        }
        return path;
    }

    /** Parameter values travel as text; a JSON string example must not keep its quotes. */
    private static String text(Object value) {
        if (value instanceof com.fasterxml.jackson.databind.JsonNode node) {
            return node.isValueNode() ? node.asText() : node.toString();
        }
        return String.valueOf(value);
    }

    /** The status a real server would send for a response key: itself, or for a range the first code not declared. */
    static int statusFor(String key, Set<String> declared) {
        if (key.matches("[1-5]XX")) {
            int base = (key.charAt(0) - '0') * 100;
            for (int code = base; code < base + 100; code++) {
                if (!declared.contains(String.valueOf(code))) {
                    return code;
                }
            }
            throw new IllegalStateException("every code of " + key + " is declared");
        }
        if ("default".equals(key)) {
            return 599;
        }
        return Integer.parseInt(key);
    }

    private Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : api.getComponents().getParameters().get(simpleName(parameter.get$ref()));
    }

    private Example resolve(Example example) {
        return example.get$ref() == null ? example
                : api.getComponents().getExamples().get(simpleName(example.get$ref()));
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
