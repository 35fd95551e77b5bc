package dev.magicgre.stub.http;

import dev.magicgre.stub.validation.TargetForm;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The two boolean switches of every operation: header {@code x-magic-new-hc-target} and query {@code validate_only}.
 * Jersey would turn any junk into {@code false}; we accept only true or false (any letter case) and refuse
 * the rest, so a typo never silently changes the target form or stores a tunnel meant to be validated.
 */
public final class RequestSwitches {

  public static final String NEW_TARGET_HEADER = "x-magic-new-hc-target";
  public static final String VALIDATE_ONLY_QUERY = "validate_only";

  private RequestSwitches() {
  }

  /** True when the value is absent, "true" or "false". */
  public static boolean isValidBoolean(String value) {
    return value == null || "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value);
  }

  public static TargetForm targetForm(MultivaluedMap<String, String> headers) {
    return TargetForm.fromHeader("true".equalsIgnoreCase(headers.getFirst(NEW_TARGET_HEADER)));
  }
}
