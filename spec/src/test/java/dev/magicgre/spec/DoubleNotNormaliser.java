package dev.magicgre.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * Lets openapi-diff see inside a value written {@code not: {not: S}} (since spec 1.3.0, {@code health_check.target}'s
 * {@code oneOf}, so that generators type it as a plain value). Such a schema admits exactly the values {@code S}
 * admits, but openapi-diff 2.1.7 does not look into {@code not}: without this, a variant narrowed inside it (a
 * {@code maxLength} on the string form) would pass the gate unseen. Before the diff, each component schema that is
 * only a double {@code not} (beside its description) is replaced by {@code S}, keeping the description.
 * {@link UnionsMadeOpaque} judges what the double {@code not} does to generated code, on the documents as written.
 */
public final class DoubleNotNormaliser {

    private DoubleNotNormaliser() {
    }

    /** Rewrites {@code api} in place and returns it. */
    @SuppressWarnings("rawtypes")
    public static OpenAPI normalise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return api;
        }
        for (Map.Entry<String, Schema> entry : api.getComponents().getSchemas().entrySet()) {
            Schema inner = doubleNotInside(entry.getValue());
            if (inner != null) {
                inner.setDescription(entry.getValue().getDescription());
                entry.setValue(inner);
            }
        }
        return api;
    }

    /** {@code S} when {@code schema} is {@code not: {not: S}} and nothing else that constrains a value. */
    @SuppressWarnings("rawtypes")
    public static Schema doubleNotInside(Schema schema) {
        if (schema == null || schema.getNot() == null || schema.getNot().getNot() == null || constrains(schema)
                || constrains(schema.getNot())) {
            return null;
        }
        return schema.getNot().getNot();
    }

    @SuppressWarnings("rawtypes")
    private static boolean constrains(Schema schema) {
        return schema.get$ref() != null || schema.getType() != null || schema.getProperties() != null
                || schema.getOneOf() != null || schema.getAnyOf() != null || schema.getAllOf() != null
                || schema.getEnum() != null || schema.getRequired() != null;
    }
}
