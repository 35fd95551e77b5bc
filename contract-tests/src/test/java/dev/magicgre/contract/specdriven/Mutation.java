package dev.magicgre.contract.specdriven;

import com.fasterxml.jackson.databind.JsonNode;

/** A body that breaks exactly one schema rule: which rule, at which pointer (where the stub must point). */
record Mutation(JsonNode body, String pointer, String rule) {
}
