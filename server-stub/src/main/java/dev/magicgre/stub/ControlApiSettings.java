package dev.magicgre.stub;

/**
 * Whether the stub serves its control API under {@code /__stub/}, and the bearer token every control call must
 * then carry. Off by default: a stub started for a demo or a shared environment cannot be reset by anyone.
 *
 * @param enabled {@code --control-api}
 * @param token {@code --control-token}, or null when any caller on the listener may use the control API
 */
public record ControlApiSettings(boolean enabled, String token) {

  public static final ControlApiSettings OFF = new ControlApiSettings(false, null);
  /** On, without a token: what the test kit and a local Pact verification use. */
  public static final ControlApiSettings OPEN = new ControlApiSettings(true, null);

  public ControlApiSettings {
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the control token must not be blank");
    }
  }

  public static ControlApiSettings withToken(String token) {
    return new ControlApiSettings(true, token);
  }

  /** Never prints the token. */
  @Override
  public String toString() {
    return "ControlApiSettings[enabled=" + enabled + ", token=" + (token == null ? "none" : "set") + "]";
  }
}
