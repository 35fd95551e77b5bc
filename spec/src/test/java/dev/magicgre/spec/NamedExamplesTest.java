package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 5: a tool that drives the API from the spec's examples finds, for every operation, named
 * request examples, and for each name an example of every path parameter and header and a 200 example of the
 * same name. (That the examples of one name make a valid request is SpecExamplesTest's job.)
 */
class NamedExamplesTest {

    private static final OpenAPI API = Specs.load(Specs.currentContent());

    @Test
    void everyOperationHasNamedExamplesWithSameNamedParameterHeaderAndOkExamples() {
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, PathItem> path : API.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                missing.addAll(missing(entry.getKey() + " " + path.getKey(), path.getValue(), entry.getValue()));
            }
        }
        assertThat(operations).isEqualTo(6);
        assertThat(missing).isEmpty();
    }

    private static List<String> missing(String label, PathItem item, Operation operation) {
        List<String> missing = new ArrayList<>();
        Set<String> names = operation.getRequestBody() == null ? okExamples(operation).keySet()
                : operation.getRequestBody().getContent().get("application/json").getExamples().keySet();
        if (names.isEmpty()) {
            missing.add(label + ": no named request examples");
        }
        for (String name : names) {
            for (Parameter parameter : parameters(item, operation)) {
                boolean needed = "path".equals(parameter.getIn()) || "header".equals(parameter.getIn());
                if (needed && (parameter.getExamples() == null || !parameter.getExamples().containsKey(name))) {
                    missing.add(label + ": " + parameter.getIn() + " parameter '" + parameter.getName()
                            + "' has no example '" + name + "'");
                }
            }
            if (!okExamples(operation).containsKey(name)) {
                missing.add(label + ": response 200 has no example '" + name + "'");
            }
        }
        return missing;
    }

    private static Map<String, ?> okExamples(Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        return ok == null || ok.getContent() == null || ok.getContent().get("application/json").getExamples() == null
                ? Map.of() : ok.getContent().get("application/json").getExamples();
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        Map<String, Parameter> byPlace = new LinkedHashMap<>();
        for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (list != null) {
                list.stream().map(NamedExamplesTest::resolve).forEach(p -> byPlace.put(p.getIn() + ":" + p.getName(), p));
            }
        }
        return new ArrayList<>(byPlace.values());
    }

    private static Parameter resolve(Parameter parameter) {
        String ref = parameter.get$ref();
        return ref == null ? parameter : API.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
