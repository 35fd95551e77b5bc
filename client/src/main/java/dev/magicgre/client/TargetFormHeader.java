package dev.magicgre.client;

import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.HealthCheckTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the value of {@code x-magic-new-hc-target} for a write, so that a caller cannot get 400/1014 by
 * forgetting an option: the header says the form the request's targets are in. Decided before any I/O, and a
 * request the server would refuse for its form (mixed forms, or an option contradicting the targets) is
 * refused here with a message that says why.
 */
final class TargetFormHeader {

  /** A request's health check target, with where it sits in the body for the messages. */
  record PlacedTarget(String where, HealthCheckTarget target) {
  }

  private TargetFormHeader() {
  }

  /** The target of one health check, when there is one; {@code where} names its place in the body. */
  static Optional<PlacedTarget> of(GreTunnelHealthCheckRequest healthCheck, String where) {
    if (healthCheck == null || healthCheck.getTarget() == null) {
      return Optional.empty();
    }
    return Optional.of(new PlacedTarget(where, healthCheck.getTarget()));
  }

  /**
   * @param targets the targets the request carries (none for a delete or a request without health check)
   * @return true for the object form, false for the string form
   * @throws IllegalArgumentException when the targets mix both forms, or the option asks for the other form
   */
  static boolean decide(WriteOptions options, List<PlacedTarget> targets) {
    List<PlacedTarget> objects = new ArrayList<>();
    List<PlacedTarget> strings = new ArrayList<>();
    for (PlacedTarget placed : targets) {
      (placed.target().isObject() ? objects : strings).add(placed);
    }
    if (!objects.isEmpty() && !strings.isEmpty()) {
      throw new IllegalArgumentException("health_check.target is in object form at " + places(objects)
          + " and in string form at " + places(strings) + ": one request takes one form, since the header "
          + "x-magic-new-hc-target applies to the whole body; use HealthCheckTarget.ofSaved(..) everywhere "
          + "or HealthCheckTarget.ofAddress(..) everywhere");
    }
    Optional<Boolean> fromTargets = objects.isEmpty() && strings.isEmpty()
        ? Optional.empty() : Optional.of(!objects.isEmpty());
    Optional<Boolean> asked = options.newTargetFormat();
    if (fromTargets.isPresent() && asked.isPresent() && !asked.get().equals(fromTargets.get())) {
      List<PlacedTarget> all = fromTargets.get() ? objects : strings;
      throw new IllegalArgumentException("withNewTargetFormat(" + asked.get() + ") asks for the "
          + form(asked.get()) + " of health_check.target, but the target at " + places(all) + " is in the "
          + form(fromTargets.get()) + "; the server would refuse that (400, code 1014). Leave the option "
          + "out: the client sends the header that matches the target");
    }
    return fromTargets.or(() -> asked).orElse(Boolean.TRUE);
  }

  private static String form(boolean object) {
    return object ? "object form (HealthCheckTarget.ofSaved)" : "string form (HealthCheckTarget.ofAddress)";
  }

  private static String places(List<PlacedTarget> targets) {
    return String.join(", ", targets.stream().map(PlacedTarget::where).toList());
  }
}
