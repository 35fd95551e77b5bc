package dev.magicgre.generated;

/** A refused call as the generated client surfaced it: its exception type, the status, the envelope's first error. */
public record Refusal(String exceptionType, int status, Boolean success, Integer firstCode, String firstMessage) {
}
