package dev.magicgre.stub.gateway;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The faults armed through the control API or the JUnit extension, each for its next N calls, counted down as
 * calls take them and forgotten at zero. Armed in order; a call takes the first fault that concerns its operation.
 */
public final class FaultBook {

  private final List<Armed> armed = new ArrayList<>();
  /**
   * Whether anything is armed, readable without the lock: almost every call finds nothing armed, and the gateway
   * then neither names the call's operation nor takes the lock that every worker would otherwise queue on.
   * Written under the lock, so a fault armed before a call is sent is seen by that call.
   */
  private volatile boolean anyArmed;

  public synchronized void arm(Fault fault, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    armed.add(new Armed(fault, times));
    anyArmed = true;
  }

  /** True when no fault is armed; a call that finds it so has no fault to take. */
  public boolean isEmpty() {
    return !anyArmed;
  }

  /** The fault this call of {@code operation} gets, counted down; empty when none concerns it. */
  public synchronized Optional<Fault> take(String operation) {
    for (Iterator<Armed> each = armed.iterator(); each.hasNext(); ) {
      Armed candidate = each.next();
      if (candidate.fault.concerns(operation)) {
        if (--candidate.remaining == 0) {
          each.remove();
          anyArmed = !armed.isEmpty();
        }
        return Optional.of(candidate.fault);
      }
    }
    return Optional.empty();
  }

  public synchronized void clear() {
    armed.clear();
    anyArmed = false;
  }

  /** What is armed, in order, with the calls each has left. */
  public synchronized List<Map<String, Object>> describe() {
    List<Map<String, Object>> out = new ArrayList<>(armed.size());
    for (Armed each : armed) {
      out.add(FaultJson.describe(each.fault, each.remaining));
    }
    return out;
  }

  private static final class Armed {
    private final Fault fault;
    private int remaining;

    private Armed(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }
}
