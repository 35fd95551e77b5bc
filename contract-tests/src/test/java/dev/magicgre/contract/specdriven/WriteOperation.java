package dev.magicgre.contract.specdriven;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;

/**
 * The write requests of the spec, each with the body schema the spec gives it. Create has two: its body is a
 * oneOf, and each form is generated on its own so that both get their share of cases.
 */
enum WriteOperation {
    CREATE_ONE("POST", "/accounts/{account_id}/magic/gre_tunnels", false, BodyForm.SINGLE),
    CREATE_SEVERAL("POST", "/accounts/{account_id}/magic/gre_tunnels", false, BodyForm.WRAPPED),
    UPDATE_ONE("PUT", "/accounts/{account_id}/magic/gre_tunnels/{gre_tunnel_id}", true, BodyForm.AS_IS),
    UPDATE_SEVERAL("PUT", "/accounts/{account_id}/magic/gre_tunnels", false, BodyForm.AS_IS),
    DELETE("DELETE", "/accounts/{account_id}/magic/gre_tunnels/{gre_tunnel_id}", true, BodyForm.AS_IS);

    /** Which part of the spec's body schema a case generates. */
    enum BodyForm { SINGLE, WRAPPED, AS_IS }

    private final String method;
    private final String specPath;
    private final boolean namesATunnel;
    private final BodyForm form;

    WriteOperation(String method, String specPath, boolean namesATunnel, BodyForm form) {
        this.method = method;
        this.specPath = specPath;
        this.namesATunnel = namesATunnel;
        this.form = form;
    }

    String method() {
        return method;
    }

    /** The path with the example account and, where the path names a tunnel, that tunnel's id. */
    String path(String tunnelId) {
        String path = specPath.replace("{account_id}", StubUnderTest.ACCOUNT);
        return namesATunnel ? path.replace("{gre_tunnel_id}", tunnelId) : path;
    }

    boolean namesATunnel() {
        return namesATunnel;
    }

    /** Whether the body may be left out (delete: the SDKs send none). */
    boolean bodyOptional(SpecSchemas schemas) {
        return !Boolean.TRUE.equals(operation(schemas).getRequestBody().getRequired());
    }

    /** Members never removed by a mutation: for create, the member that tells the two body forms apart. */
    Set<String> keptPointers() {
        return form == BodyForm.WRAPPED ? Set.of("/gre_tunnels") : Set.of();
    }

    Schema<?> bodySchema(SpecSchemas schemas) {
        Schema<?> declared = schemas.resolve(operation(schemas).getRequestBody().getContent()
                .get("application/json").getSchema());
        if (form == BodyForm.AS_IS) {
            return declared;
        }
        // the oneOf of create: the wrapped form is the variant with a gre_tunnels member
        return declared.getOneOf().stream().map(schemas::resolve)
                .filter(v -> (schemas.property(v, "gre_tunnels") != null) == (form == BodyForm.WRAPPED))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + form + " variant for " + this));
    }

    private Operation operation(SpecSchemas schemas) {
        PathItem item = schemas.api().getPaths().get(specPath);
        return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
    }
}
