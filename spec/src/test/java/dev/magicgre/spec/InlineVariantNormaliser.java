package dev.magicgre.spec;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Works around openapi-diff keying inline {@code oneOf}/{@code anyOf} variants by position ("one-of-1").
 * Seen with 2.1.7 on health_check.target ({@code oneOf: [$ref MagicHealthCheckTarget, inline string]}):
 * swapping the two variants is reported as a removed and an added variant (a false break), while a real
 * narrowing inside the inline variant (say a new {@code maxLength}) is not reported at all, because inline
 * variants are never compared field by field.
 *
 * <p>Before diffing, every inline variant is moved to {@code components/schemas} under a name made from where
 * it sits and its JSON {@code type} ({@code HealthCheckTarget.oneOf.string}), and replaced by a $ref. The tool
 * keys $ref variants by name, so order stops mattering and the variant's content is compared like any
 * named schema. Two inline variants of the same type in one list cannot be told apart by type and keep a
 * position key, i.e. the tool's own behaviour.
 */
public final class InlineVariantNormaliser {

    private final Components components;
    private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private InlineVariantNormaliser(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        if (api.getComponents().getSchemas() == null) {
            api.getComponents().setSchemas(new LinkedHashMap<>());
        }
        this.components = api.getComponents();
    }

    /** Rewrites {@code api} in place and returns it. */
    public static OpenAPI normalise(OpenAPI api) {
        InlineVariantNormaliser normaliser = new InlineVariantNormaliser(api);
        // copy first: hoisting adds schemas to the map being walked
        new LinkedHashMap<>(normaliser.components.getSchemas()).forEach(normaliser::walk);
        if (normaliser.components.getResponses() != null) {
            normaliser.components.getResponses().forEach((name, r) -> normaliser.content("responses." + name, r.getContent()));
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                    normaliser.operation(op.getOperationId() != null ? op.getOperationId() : method + path, op)));
        }
        return api;
    }

    private void operation(String owner, Operation op) {
        if (op.getRequestBody() != null) {
            content(owner + ".request", op.getRequestBody().getContent());
        }
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> walk(owner + ".parameter." + p.getName(), p.getSchema()));
        }
        if (op.getResponses() != null) {
            op.getResponses().forEach((status, r) -> content(owner + ".response." + status, r.getContent()));
        }
    }

    private void content(String owner, Content content) {
        if (content != null) {
            content.forEach((type, media) -> walk(owner + "." + type, media.getSchema()));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void walk(String owner, Schema schema) {
        if (schema == null || schema.get$ref() != null || !seen.add(schema)) {
            return;
        }
        hoist(owner, "oneOf", schema.getOneOf());
        hoist(owner, "anyOf", schema.getAnyOf());
        if (schema.getAllOf() != null) {
            List<Schema> parts = schema.getAllOf();
            for (int i = 0; i < parts.size(); i++) {
                walk(owner + ".allOf." + i, parts.get(i));
            }
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, p) -> walk(owner + "." + name, p));
        }
        walk(owner + ".items", schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema extra) {
            walk(owner + ".additionalProperties", extra);
        }
    }

    @SuppressWarnings("rawtypes")
    private void hoist(String owner, String keyword, List<Schema> variants) {
        if (variants == null) {
            return;
        }
        List<String> inlineTypes = new ArrayList<>();
        variants.stream().filter(v -> v.get$ref() == null).forEach(v -> inlineTypes.add(String.valueOf(v.getType())));
        for (int i = 0; i < variants.size(); i++) {
            Schema variant = variants.get(i);
            if (variant.get$ref() != null) {
                continue;
            }
            String type = variant.getType();
            boolean typeIsKey = type != null && Collections.frequency(inlineTypes, type) == 1;
            String name = safe(owner + "." + keyword + "." + (typeIsKey ? type : String.valueOf(i)));
            components.addSchemas(name, variant);
            variants.set(i, new Schema<>().$ref("#/components/schemas/" + name));
            walk(name, variant);
        }
    }

    /** Component names allow letters, digits, '.', '-' and '_' only (OpenAPI 3.0, components object). */
    private static String safe(String name) {
        return Objects.requireNonNull(name).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
