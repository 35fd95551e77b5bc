package dev.magicgre.stub.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * What a failed statement means for the store, by SQLSTATE (H2 and PostgreSQL share the standard ones): a
 * unique violation or a lost race that running the whole write again settles, or something else.
 */
final class SqlStates {

  /** Both engines: a unique constraint refused a row (a concurrent write got the name or id first). */
  static final String UNIQUE_VIOLATION = "23505";

  private static final Set<String> RETRYABLE = Set.of(
      UNIQUE_VIOLATION,
      "40001", // PostgreSQL serialization_failure; H2 deadlock
      "40P01", // PostgreSQL deadlock_detected
      "HYT00", // H2 lock timeout
      "90131"); // H2 concurrent update of the same row

  private SqlStates() {
  }

  /** Whether the database refused a row for a unique constraint (in a batch, the cause may be chained). */
  static boolean isUniqueViolation(SQLException failure) {
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return true;
      }
    }
    return failure.getCause() instanceof SQLException cause && isUniqueViolation(cause);
  }

  /** Whether another attempt of the whole transaction may succeed (or see why it must fail). */
  static boolean isRetryable(SQLException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (e.getSQLState() != null && RETRYABLE.contains(e.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The first line of the innermost message: what a person can act on, without the driver's stack. */
  static String firstLine(Throwable failure) {
    Throwable deepest = failure;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).trim();
  }
}
