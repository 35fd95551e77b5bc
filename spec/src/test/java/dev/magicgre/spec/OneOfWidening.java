package dev.magicgre.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The one shape of change where openapi-diff 2.1.7 reports a break that clients do not see: an operation whose
 * request body, a named schema, becomes a named {@code oneOf} that keeps the old schema as a variant (a second
 * body form is added), and whose success response becomes a {@code oneOf} that keeps the old response schema as
 * a variant (the answer to the new form). The tool sees an object turned into a composed schema ("type
 * changed") and stops comparing there.
 *
 * <p>An old client sends only the old form, which is still a variant of the body; it is answered the old
 * response, since the new response variant is only the answer to the new request form (the operation must
 * say so). The rule therefore <em>projects</em> the new spec onto the old form: at those places only, the
 * {@code oneOf} is replaced by the variant of the old name, and the diff is run again, so every other change
 * (and any change inside the kept variants) is still judged by the tool. The response half applies only where
 * the request half does: a response that became a {@code oneOf} on its own could surprise an old client and
 * stays a break.
 */
public final class OneOfWidening {

    private OneOfWidening() {
    }

    /** Rewrites {@code current} in place (see the class comment) and lists what it accepted, for the report. */
    public static List<String> project(OpenAPI baseline, OpenAPI current) {
        List<String> accepted = new ArrayList<>();
        if (baseline.getPaths() == null || current.getPaths() == null) {
            return accepted;
        }
        baseline.getPaths().forEach((path, oldItem) -> {
            PathItem newItem = current.getPaths().get(path);
            if (newItem == null) {
                return;
            }
            oldItem.readOperationsMap().forEach((method, oldOp) -> {
                Operation newOp = newItem.readOperationsMap().get(method);
                if (newOp != null) {
                    operation(method + " " + path, oldOp, newOp, current, accepted);
                }
            });
        });
        return accepted;
    }

    private static void operation(String label, Operation oldOp, Operation newOp, OpenAPI current,
                                  List<String> accepted) {
        if (oldOp.getRequestBody() == null || newOp.getRequestBody() == null) {
            return;
        }
        List<String> requestWidened = narrow(oldOp.getRequestBody().getContent(), newOp.getRequestBody().getContent(),
                current);
        if (requestWidened.isEmpty()) {
            return;
        }
        requestWidened.forEach(w -> accepted.add(label + " request body: " + w + " (old requests are still valid)"));
        if (oldOp.getResponses() == null || newOp.getResponses() == null) {
            return;
        }
        oldOp.getResponses().forEach((status, oldResponse) -> {
            ApiResponse newResponse = newOp.getResponses().get(status);
            if (status.startsWith("2") && newResponse != null && oldResponse.get$ref() == null
                    && newResponse.get$ref() == null) {
                narrow(oldResponse.getContent(), newResponse.getContent(), current).forEach(w -> accepted.add(
                        label + " response " + status + ": " + w + " (the new variant answers only the new request form)"));
            }
        });
    }

    /** Replaces, per media type, a new oneOf that keeps the old schema's name by that variant; says what it did. */
    private static List<String> narrow(Content oldContent, Content newContent, OpenAPI current) {
        List<String> done = new ArrayList<>();
        if (oldContent == null || newContent == null) {
            return done;
        }
        oldContent.forEach((mediaType, oldMedia) -> {
            MediaType newMedia = newContent.get(mediaType);
            String oldName = refName(oldMedia.getSchema());
            String newName = newMedia == null ? null : refName(newMedia.getSchema());
            if (oldName == null || newName == null || oldName.equals(newName)) {
                return;
            }
            Schema<?> composed = current.getComponents().getSchemas().get(newName);
            if (composed == null || composed.getOneOf() == null
                    || composed.getOneOf().stream().map(OneOfWidening::refName).noneMatch(oldName::equals)) {
                return;
            }
            newMedia.setSchema(new Schema<>().$ref("#/components/schemas/" + oldName));
            done.add(mediaType + " `" + newName + "` is a oneOf that keeps the old `" + oldName + "`");
        });
        return done;
    }

    private static String refName(Schema<?> schema) {
        String ref = schema == null ? null : schema.get$ref();
        return ref == null || !ref.startsWith("#/components/schemas/") ? null
                : ref.substring("#/components/schemas/".length());
    }
}
