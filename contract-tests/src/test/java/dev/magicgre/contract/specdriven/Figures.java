package dev.magicgre.contract.specdriven;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** What the property test ran: cases per operation and per broken rule, and where the time went. */
final class Figures {

    private final Map<String, Integer> validPerOperation = new TreeMap<>();
    private final Map<String, Integer> brokenPerRule = new TreeMap<>();
    private long resetNanos;
    private long generateNanos;
    private long validateNanos;
    private long stubNanos;
    private long answerNanos;

    synchronized void stub(long nanos) {
        stubNanos += nanos;
    }

    synchronized void answer(long nanos) {
        answerNanos += nanos;
    }

    synchronized void valid(WriteOperation operation, long reset, long generate, long validate) {
        validPerOperation.merge(operation.name(), 1, Integer::sum);
        add(reset, generate, validate);
    }

    synchronized void invalid(String rule, long reset, long generate, long validate) {
        brokenPerRule.merge(rule.replaceAll(" .*", ""), 1, Integer::sum);
        add(reset, generate, validate);
    }

    private void add(long reset, long generate, long validate) {
        resetNanos += reset;
        generateNanos += generate;
        validateNanos += validate;
    }

    @Override
    public synchronized String toString() {
        return "valid=" + validPerOperation + " broken=" + brokenPerRule + " ms: reset="
                + TimeUnit.NANOSECONDS.toMillis(resetNanos) + " generate=" + TimeUnit.NANOSECONDS.toMillis(generateNanos)
                + " request-check=" + TimeUnit.NANOSECONDS.toMillis(validateNanos)
                + " stub=" + TimeUnit.NANOSECONDS.toMillis(stubNanos)
                + " answer-check=" + TimeUnit.NANOSECONDS.toMillis(answerNanos);
    }
}
