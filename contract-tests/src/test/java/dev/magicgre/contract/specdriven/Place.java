package dev.magicgre.contract.specdriven;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * A place in a generated body: its JSON pointer, the (resolved) schema that governs the value there (for a oneOf,
 * the variant chosen), whether its parent object requires it, and the JSON types the place admits (for a
 * oneOf, those of every variant). Mutations pick a place and break one rule of its schema there.
 */
record Place(String pointer, Schema<?> schema, boolean required, List<String> types) {

    boolean isRoot() {
        return pointer.isEmpty();
    }

    /** The pointer of the object or array holding this place. */
    String parentPointer() {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    /** The member name (or index) of this place in its parent, unescaped. */
    String key() {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
