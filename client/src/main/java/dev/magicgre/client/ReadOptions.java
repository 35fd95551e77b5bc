package dev.magicgre.client;

/**
 * Per-call options of the reads of {@link GreTunnelsClient} (list, get). Immutable.
 */
public final class ReadOptions {

  private static final ReadOptions OBJECT_FORM = new ReadOptions(true);
  private static final ReadOptions STRING_FORM = new ReadOptions(false);

  private final boolean newTargetFormat;

  private ReadOptions(boolean newTargetFormat) {
    this.newTargetFormat = newTargetFormat;
  }

  /**
   * The object form of {@code health_check.target} ({@code x-magic-new-hc-target: true}): it says more than
   * the string form (the saved value and the effective address apart).
   */
  public static ReadOptions defaults() {
    return OBJECT_FORM;
  }

  /** True: object-form targets ({@code saved}, {@code effective}); false: the legacy string form. */
  public ReadOptions withNewTargetFormat(boolean newTargetFormat) {
    return newTargetFormat ? OBJECT_FORM : STRING_FORM;
  }

  public boolean newTargetFormat() {
    return newTargetFormat;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadOptions that && newTargetFormat == that.newTargetFormat;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(newTargetFormat);
  }

  @Override
  public String toString() {
    return "ReadOptions[newTargetFormat=" + newTargetFormat + "]";
  }
}
