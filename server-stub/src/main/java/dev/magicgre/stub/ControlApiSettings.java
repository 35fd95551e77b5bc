package dev.magicgre.stub;

import java.net.InetAddress;
import java.net.UnknownHostException;

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

  /**
   * Refuses a control API without a token on a listener that other machines can reach: anyone there could
   * reset or seed the stub.
   *
   * @throws IllegalArgumentException when {@code bindAddress} is not a loopback address and no token is set
   */
  public void requireTokenBeyondLoopback(String bindAddress) {
    if (enabled && token == null && !isLoopback(bindAddress)) {
      throw new IllegalArgumentException("--control-api on " + bindAddress + ", which other machines can reach,"
          + " needs --control-token T (or bind to localhost)");
    }
  }

  private static boolean isLoopback(String bindAddress) {
    try {
      for (InetAddress address : InetAddress.getAllByName(bindAddress)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException unknown) {
      return false;
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
