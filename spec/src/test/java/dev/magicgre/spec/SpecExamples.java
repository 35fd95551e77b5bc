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
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every example of a spec (request bodies, parameters, responses including shared ones under
 * components/responses, and schema {@code example}s) and says how each is checked: as the HTTP message it
 * stands for wherever possible, so path, headers and status take part in the check. Examples of one operation
 * go together by name (see {@link #operation}): the body 'objectTarget' is sent with the parameter examples
 * 'objectTarget' and answered with the 200 example 'objectTarget'.
 */
public final class SpecExamples {

    private final OpenAPI api;
    private final List<ExampleCase> cases = new ArrayList<>();
    private final Set<String> usedComponentResponses = new HashSet<>();
    private final Map<Parameter, Set<String>> usedParameterExamples = new IdentityHashMap<>();

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
                .forEach((method, operation) -> operation(path, method, item, operation)));
        unusedParameterExamples();
        unusedComponentResponses();
        schemaExamples();
    }

    /**
     * An operation's examples go together by name: request example N is the body N sent with example N of every
     * parameter (path, header, query) that has one, and answered with the response example N. Each named request
     * is checked whole, so a parameter example is checked inside an otherwise valid request. The names are the
     * body's example names, or the 200 example names of an operation without a body.
     */
    private void operation(String pathTemplate, PathItem.HttpMethod method, PathItem item, Operation operation) {
        String label = method + " " + pathTemplate;
        List<Parameter> parameters = parameters(item, operation);
        Map<String, String> bodies = operation.getRequestBody() == null ? Map.of()
                : examples(operation.getRequestBody().getContent());
        List<String> names = new ArrayList<>(bodies.isEmpty() ? okExampleNames(operation) : bodies.keySet());

        for (String name : names) {
            List<String> parts = new ArrayList<>();
            if (bodies.containsKey(name)) {
                parts.add("body");
            }
            parameters.stream().filter(p -> parameterExamples(p).containsKey(name)).forEach(p -> {
                parts.add(p.getName());
                usedParameterExamples.computeIfAbsent(p, k -> new HashSet<>()).add(name);
            });
            cases.add(new ExampleCase(label + " request '" + name + "' (" + String.join(", ", parts) + ")",
                    v -> v.validateRequest(namedRequest(label, method, pathTemplate, parameters, name,
                            bodies.get(name), null, null))));
        }

        // a single `example` (or a schema example) of a parameter has no name: checked in the first named request
        String first = names.isEmpty() ? null : names.get(0);
        for (Parameter parameter : parameters) {
            unnamedParameterExamples(parameter).forEach((kind, value) -> cases.add(new ExampleCase(
                    label + " parameter '" + parameter.getName() + "' " + kind,
                    v -> v.validateRequest(namedRequest(label, method, pathTemplate, parameters, first,
                            first == null ? null : bodies.get(first), parameter, value)))));
        }

        if (operation.getResponses() != null) {
            Set<String> declared = operation.getResponses().keySet();
            operation.getResponses().forEach((status, response) -> responseExamples(label, pathTemplate, parameters,
                    first, method, status, statusFor(status, declared), response));
        }
    }

    /**
     * The request named {@code name}: body and every parameter example of that name, {@code override} given the
     * value {@code overrideValue}. A required path parameter without an example of that name fails the case, as
     * does a body whose targets do not have the form the header example asks for.
     */
    private Request namedRequest(String label, PathItem.HttpMethod method, String pathTemplate,
                                 List<Parameter> parameters, String name, String body,
                                 Parameter override, String overrideValue) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            String value = p == override ? overrideValue : name == null ? null : parameterExamples(p).get(name);
            if (value == null) {
                if ("path".equals(p.getIn())) {
                    throw new AssertionError(label + ": path parameter '" + p.getName()
                            + "' has no example named '" + name + "', so request '" + name + "' cannot be sent");
                }
                continue;
            }
            switch (p.getIn()) {
                case "header" -> headers.put(p.getName(), value);
                case "query" -> query.put(p.getName(), value);
                case "path" -> pathValues.put(p.getName(), value);
                default -> { /* cookie: not used by this API */ }
            }
        }
        if (body != null && headers.containsKey(ExampleMessages.NEW_TARGET_HEADER)) {
            List<String> wrong = HealthCheckTargets.wrongForm(readTree(body),
                    Boolean.parseBoolean(headers.get(ExampleMessages.NEW_TARGET_HEADER)));
            if (!wrong.isEmpty()) {
                throw new AssertionError(label + " request '" + name + "': the body does not go with its header"
                        + " example (the header rule of the spec):\n  - " + String.join("\n  - ", wrong));
            }
        }
        String path = SpecValidator.BASE_PATH + fillPath(pathTemplate, pathValues);
        return ExampleMessages.request(method.name(), path, body, headers, query);
    }

    /** Path-level parameters, then the operation's own; an operation's parameter replaces a path-level one. */
    private List<Parameter> parameters(PathItem item, Operation operation) {
        Map<String, Parameter> byPlace = new LinkedHashMap<>();
        for (List<Parameter> list : Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (list != null) {
                list.stream().map(this::resolve).forEach(p -> byPlace.put(p.getIn() + ":" + p.getName(), p));
            }
        }
        return new ArrayList<>(byPlace.values());
    }

    private List<String> okExampleNames(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().get("200") == null) {
            return List.of();
        }
        return new ArrayList<>(examples(resolve(operation.getResponses().get("200")).getContent()).keySet());
    }

    private void responseExamples(String label, String pathTemplate, List<Parameter> parameters, String first,
                                  PathItem.HttpMethod method, String statusKey, int status, ApiResponse response) {
        String where = "";
        if (response.get$ref() != null) {
            String name = simpleName(response.get$ref());
            usedComponentResponses.add(name);
            where = " (components/responses/" + name + ")";
            response = resolve(response);
        }
        String shown = String.valueOf(status).equals(statusKey) ? statusKey : statusKey + " sent as " + status;
        String prefix = label + " response " + shown + where;
        examples(response.getContent()).forEach((name, body) -> cases.add(new ExampleCase(
                prefix + " example '" + name + "'", v -> {
                    // the answer to request `name` when there is one, else any valid request of the operation
                    String path = SpecValidator.BASE_PATH + fillPath(pathTemplate,
                            pathValues(parameters, hasPathValues(parameters, name) ? name : first));
                    String header = headerExample(parameters, name);
                    if (status / 100 == 2 && header != null) {
                        List<String> wrong = HealthCheckTargets.wrongForm(readTree(body), Boolean.parseBoolean(header));
                        if (!wrong.isEmpty()) {
                            throw new AssertionError(prefix + " example '" + name + "' does not go with header"
                                    + " example '" + name + "' (the header rule of the spec):\n  - "
                                    + String.join("\n  - ", wrong));
                        }
                    }
                    return v.validateResponse(path, Request.Method.valueOf(method.name()),
                            ExampleMessages.response(status, body));
                })));
    }

    private Map<String, String> pathValues(List<Parameter> parameters, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.stream().filter(p -> "path".equals(p.getIn()))
                .forEach(p -> values.put(p.getName(), name == null ? null : parameterExamples(p).get(name)));
        return values;
    }

    private boolean hasPathValues(List<Parameter> parameters, String name) {
        return pathValues(parameters, name).values().stream().allMatch(java.util.Objects::nonNull);
    }

    private String headerExample(List<Parameter> parameters, String name) {
        return parameters.stream()
                .filter(p -> "header".equals(p.getIn()) && ExampleMessages.NEW_TARGET_HEADER.equalsIgnoreCase(p.getName()))
                .map(p -> parameterExamples(p).get(name)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** A named parameter example that no operation's request of that name uses is never checked: say so. */
    private void unusedParameterExamples() {
        Map<Parameter, Set<String>> all = new IdentityHashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                parameters(item, operation).forEach(p -> all.put(p, parameterExamples(p).keySet()))));
        all.forEach((parameter, names) -> names.stream()
                .filter(n -> !usedParameterExamples.getOrDefault(parameter, Set.of()).contains(n))
                .forEach(n -> cases.add(new ExampleCase("parameter '" + parameter.getName() + "' example '" + n
                        + "' (used by no named request)", v -> {
                            throw new AssertionError("parameter '" + parameter.getName() + "' has example '" + n
                                    + "', but no operation using it has a request example of that name,"
                                    + " so it is never checked in a request");
                        }))));
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

    /** The named examples of a parameter ({@code examples}), by name. */
    private Map<String, String> parameterExamples(Parameter parameter) {
        Map<String, String> found = new LinkedHashMap<>();
        if (parameter.getExamples() != null) {
            parameter.getExamples().forEach((name, example) -> found.put(name, text(resolve(example).getValue())));
        }
        return found;
    }

    /** A parameter's single {@code example} and its schema's {@code example}: values without a name. */
    private static Map<String, String> unnamedParameterExamples(Parameter parameter) {
        Map<String, String> found = new LinkedHashMap<>();
        if (parameter.getExample() != null) {
            found.put("example", text(parameter.getExample()));
        }
        if (parameter.getSchema() != null && parameter.getSchema().getExample() != null) {
            found.put("schema example", text(parameter.getSchema().getExample()));
        }
        return found;
    }

    private static String fillPath(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getValue() != null) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
        }
        return path;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return io.swagger.v3.core.util.Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("example is not JSON: " + json, e);
        }
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

    private ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null ? response
                : api.getComponents().getResponses().get(simpleName(response.get$ref()));
    }

    private Example resolve(Example example) {
        return example.get$ref() == null ? example
                : api.getComponents().getExamples().get(simpleName(example.get$ref()));
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
