package dev.magicgre.stub.gateway;

/**
 * The gateway's state the control API resets and arms: the faults, and the rate limiter's windows (null when no
 * {@code --rate-limit} was given).
 */
public record GatewayState(FaultBook faults, RateLimiter limiter) {

  /** Forgets every armed fault and every rate-limit window. */
  public void reset() {
    faults.clear();
    if (limiter != null) {
      limiter.clear();
    }
  }
}
