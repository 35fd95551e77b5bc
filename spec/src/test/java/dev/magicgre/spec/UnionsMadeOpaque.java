package dev.magicgre.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the named unions a generated client loses: a component schema that was a {@code oneOf} or {@code anyOf}
 * in the baseline and now has no type, no members and no composition of its own (a double {@code not}, or no
 * schema at all). The values on the wire may be the same (openapi-diff, after {@link DoubleNotNormaliser}, judges
 * that), but openapi-generator then types the value {@code Object} / {@code kotlin.Any} / {@code any} instead of
 * a union class: code written against the old generated types no longer compiles, a break for generated code
 * (spec 1.3.0 made it on purpose for {@code health_check.target}; docs/spec-governance.md).
 */
public final class UnionsMadeOpaque {

    private UnionsMadeOpaque() {
    }

    /** One line per such schema; run on the documents as written, before any normaliser rewrites them. */
    @SuppressWarnings("rawtypes")
    public static List<String> in(OpenAPI baseline, OpenAPI current) {
        List<String> found = new ArrayList<>();
        Map<String, Schema> before = schemas(baseline);
        Map<String, Schema> after = schemas(current);
        before.forEach((name, old) -> {
            Schema now = after.get(name);
            if (now != null && isUnion(old) && isOpaque(now)) {
                found.add("`" + name + "` was a " + (old.getOneOf() != null ? "oneOf" : "anyOf")
                        + " and is now typed as any value by generators (Object, kotlin.Any, any): generated clients"
                        + " lose its union types");
            }
        });
        return found;
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas(OpenAPI api) {
        return api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
    }

    @SuppressWarnings("rawtypes")
    private static boolean isUnion(Schema schema) {
        return (schema.getOneOf() != null && !schema.getOneOf().isEmpty())
                || (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty());
    }

    @SuppressWarnings("rawtypes")
    private static boolean isOpaque(Schema schema) {
        return schema.get$ref() == null && schema.getType() == null && schema.getProperties() == null
                && schema.getOneOf() == null && schema.getAnyOf() == null && schema.getAllOf() == null
                && schema.getEnum() == null;
    }
}
