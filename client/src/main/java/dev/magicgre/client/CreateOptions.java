package dev.magicgre.client;

/**
 * Per-call options of {@link GreTunnelsClient#createGreTunnel}. Immutable: each {@code with...} returns a copy.
 */
public final class CreateOptions {

  private static final CreateOptions DEFAULTS = new CreateOptions(false, false);

  private final boolean newTargetFormat;
  private final boolean validateOnly;

  private CreateOptions(boolean newTargetFormat, boolean validateOnly) {
    this.newTargetFormat = newTargetFormat;
    this.validateOnly = validateOnly;
  }

  /** String-form health check target, and the tunnel is really created. */
  public static CreateOptions defaults() {
    return DEFAULTS;
  }

  /**
   * True sends {@code x-magic-new-hc-target: true}: {@code health_check.target} is then the object form
   * ({@code HealthCheckTarget.ofSaved(..)}) in the request and the response. False sends the header with
   * {@code false} explicitly, and the target is the string form ({@code HealthCheckTarget.ofAddress(..)}).
   */
  public CreateOptions withNewTargetFormat(boolean newTargetFormat) {
    return new CreateOptions(newTargetFormat, validateOnly);
  }

  /** True adds {@code ?validate_only=true}: the server validates and answers, but stores nothing. */
  public CreateOptions withValidateOnly(boolean validateOnly) {
    return new CreateOptions(newTargetFormat, validateOnly);
  }

  public boolean newTargetFormat() {
    return newTargetFormat;
  }

  public boolean validateOnly() {
    return validateOnly;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreateOptions that
        && newTargetFormat == that.newTargetFormat && validateOnly == that.validateOnly;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(newTargetFormat) * 31 + Boolean.hashCode(validateOnly);
  }

  @Override
  public String toString() {
    return "CreateOptions[newTargetFormat=" + newTargetFormat + ", validateOnly=" + validateOnly + "]";
  }
}
