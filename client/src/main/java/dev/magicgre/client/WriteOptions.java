package dev.magicgre.client;

import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options of the writes of {@link GreTunnelsClient} (create, update, delete). Immutable: each
 * {@code with...} returns a copy.
 *
 * <p>The target form normally needs no option: when the request carries a {@code health_check.target}, the
 * client sends {@code x-magic-new-hc-target} to match the form of that target. The option only chooses the
 * form of the answer when the request has no target (a delete, or a request without health check); left
 * unset, that is the object form, as for reads. An option that contradicts the request's target is refused
 * before any I/O.
 */
public final class WriteOptions {

  private static final WriteOptions DEFAULTS = new WriteOptions(null, false);

  /** Null: follow the request's target, or the object form when it has none. */
  private final Boolean newTargetFormat;
  private final boolean validateOnly;

  private WriteOptions(Boolean newTargetFormat, boolean validateOnly) {
    this.newTargetFormat = newTargetFormat;
    this.validateOnly = validateOnly;
  }

  /** The target form follows the request (object form when it has no target); the write really happens. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * True sends {@code x-magic-new-hc-target: true} (object-form targets, {@code HealthCheckTarget.ofSaved(..)});
   * false sends it with {@code false} explicitly (string-form targets, {@code HealthCheckTarget.ofAddress(..)}).
   * Needed only to choose the answer's form when the request carries no target.
   */
  public WriteOptions withNewTargetFormat(boolean newTargetFormat) {
    return new WriteOptions(newTargetFormat, validateOnly);
  }

  /** True adds {@code ?validate_only=true}: the server validates and answers, but changes nothing. */
  public WriteOptions withValidateOnly(boolean validateOnly) {
    return new WriteOptions(newTargetFormat, validateOnly);
  }

  /** The form the caller asked for, empty when left to the request. */
  public Optional<Boolean> newTargetFormat() {
    return Optional.ofNullable(newTargetFormat);
  }

  public boolean validateOnly() {
    return validateOnly;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WriteOptions that
        && Objects.equals(newTargetFormat, that.newTargetFormat) && validateOnly == that.validateOnly;
  }

  @Override
  public int hashCode() {
    return Objects.hash(newTargetFormat, validateOnly);
  }

  @Override
  public String toString() {
    return "WriteOptions[newTargetFormat=" + (newTargetFormat == null ? "from the request" : newTargetFormat)
        + ", validateOnly=" + validateOnly + "]";
  }
}
