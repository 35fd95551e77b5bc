package dev.magicgre.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * Lists properties that disappeared from a response. openapi-diff 2.1.7 rates that as compatible (a client must
 * cope with an absent optional field), but our clients map every documented field, and the generated model
 * drops its getter: for this project a removed response field is a break.
 */
public final class RemovedResponseFields {

    private final List<String> found = new ArrayList<>();
    private final Set<ChangedSchema> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private RemovedResponseFields() {
    }

    public static List<String> in(ChangedOpenApi diff) {
        RemovedResponseFields walker = new RemovedResponseFields();
        diff.getChangedOperations().forEach(op -> {
            if (op.getApiResponses() == null) {
                return;
            }
            op.getApiResponses().getChanged().forEach((status, response) -> {
                if (response.getContent() == null) {
                    return;
                }
                response.getContent().getChanged().forEach((mediaType, media) -> walker.walk(
                        op.getHttpMethod() + " " + op.getPathUrl() + " " + status + " " + mediaType + ": ",
                        "", media.getSchema()));
            });
        });
        return walker.found;
    }

    private void walk(String where, String field, ChangedSchema schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        schema.getMissingProperties().keySet()
                .forEach(name -> found.add(where + "response field `" + field + name + "` removed"));
        schema.getChangedProperties().forEach((name, changed) -> walk(where, field + name + ".", changed));
        walk(where, field + "[].", schema.getItems());
        if (schema.getOneOfSchema() != null) {
            schema.getOneOfSchema().getChanged()
                    .forEach((variant, changed) -> walk(where, field + "<" + variant + ">.", changed));
        }
    }
}
