package dev.magicgre.contract.specdriven;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** What a run sent: valid cases per operation, broken ones per rule, and the time the stub took to answer. */
final class Figures {

    private final Map<String, Integer> validPerOperation = new TreeMap<>();
    private final Map<String, Integer> brokenPerRule = new TreeMap<>();
    private long stubNanos;
    private int requests;

    synchronized void valid(WriteOperation operation) {
        validPerOperation.merge(operation.name(), 1, Integer::sum);
    }

    synchronized void invalid(String rule) {
        brokenPerRule.merge(rule.replaceAll(" .*", ""), 1, Integer::sum);
    }

    synchronized void stub(long nanos) {
        stubNanos += nanos;
        requests++;
    }

    @Override
    public synchronized String toString() {
        return "requests=" + requests + " valid=" + validPerOperation + " broken=" + brokenPerRule
                + " stub-ms=" + TimeUnit.NANOSECONDS.toMillis(stubNanos);
    }
}
