package dev.magicgre.stub.validation;

/** Which form {@code health_check.target} takes, chosen by the {@code x-magic-new-hc-target} header. */
public enum TargetForm {
  /** Header absent or false: a plain string. */
  STRING,
  /** Header true: the object {@code {saved, effective}}. */
  OBJECT;

  public static TargetForm fromHeader(boolean newTargetFormat) {
    return newTargetFormat ? OBJECT : STRING;
  }
}
