package dev.magicgre.stub.gateway;

/**
 * What the next calls of an operation (or of every operation, {@code operation} null) get instead of their
 * answer: first a delay of {@code delayMillis}, then either the connection dropped without an answer, or
 * {@code status} with Cloudflare's failure envelope ({@code code}, {@code message}, and {@code Retry-After:
 * retryAfterSeconds} when set), or (status 0, not dropped) the real answer, late.
 */
public record Fault(String operation, int status, int code, String message, long delayMillis, boolean drop,
    Integer retryAfterSeconds) {

  public Fault {
    if (delayMillis < 0) {
      throw new IllegalArgumentException("delay_ms must not be negative");
    }
    if (status != 0 && (status < 400 || status > 599)) {
      throw new IllegalArgumentException("status must be a 4xx or 5xx, or 0 for none");
    }
    if (drop && status != 0) {
      throw new IllegalArgumentException("a dropped connection has no status");
    }
    if (status == 0 && !drop && delayMillis == 0) {
      throw new IllegalArgumentException("a fault needs a status, a delay or drop");
    }
  }

  /** A status answered with the envelope, after no delay. */
  public static Fault status(String operation, int status) {
    return new Fault(operation, status, 0, null, 0, false, null);
  }

  public boolean concerns(String calledOperation) {
    return operation == null || operation.equals(calledOperation);
  }
}
