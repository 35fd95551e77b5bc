package dev.magicgre.contract.specdriven;

import dev.magicgre.spec.DoubleNotNormaliser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * Reads schemas of the parsed spec: follows {@code $ref}s and says which JSON types a schema admits. A schema
 * written {@code not: {not: S}} (health_check.target since spec 1.3.0) admits what {@code S} admits, and is read as {@code S}.
 */
final class SpecSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private final OpenAPI api;

    SpecSchemas(OpenAPI api) {
        this.api = api;
    }

    OpenAPI api() {
        return api;
    }

    Schema<?> resolve(Schema<?> schema) {
        Schema<?> current = schema;
        while (current != null && current.get$ref() != null) {
            String ref = current.get$ref();
            if (!ref.startsWith(PREFIX)) {
                throw new IllegalArgumentException("only local schema refs are supported: " + ref);
            }
            current = api.getComponents().getSchemas().get(ref.substring(PREFIX.length()));
        }
        Schema<?> inside = DoubleNotNormaliser.doubleNotInside(current);
        return inside == null ? current : resolve(inside);
    }

    /** The JSON types a value may have: the schema's type, or the union over its oneOf variants. */
    List<String> types(Schema<?> schema) {
        Schema<?> s = resolve(schema);
        if (s.getOneOf() != null) {
            return s.getOneOf().stream().flatMap(v -> types(v).stream()).distinct().toList();
        }
        return s.getType() == null ? List.of("object") : List.of(s.getType());
    }

    @SuppressWarnings("unchecked")
    Schema<?> property(Schema<?> object, String name) {
        Schema<?> s = resolve(object);
        return s.getProperties() == null ? null : resolve((Schema<Object>) s.getProperties().get(name));
    }
}
