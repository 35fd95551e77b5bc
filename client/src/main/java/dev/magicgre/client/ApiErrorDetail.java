package dev.magicgre.client;

import java.util.List;

/**
 * One entry of the envelope's {@code errors[]}: Cloudflare's numeric code, its message, the optional
 * documentation link, the optional JSON pointer ({@code source.pointer}) to the request field at fault, and the
 * causes Cloudflare lists in {@code error_chain} (its gateway's 6003 "Invalid request headers" names the
 * malformed header there: 6102 X-Auth-Email, 6103 X-Auth-Key, 6111 Authorization); empty when there are none.
 */
public record ApiErrorDetail(int code, String message, String documentationUrl, String pointer,
    List<ApiErrorDetail> errorChain) {

  public ApiErrorDetail {
    errorChain = errorChain == null ? List.of() : List.copyOf(errorChain);
  }

  /** An entry without an {@code error_chain}. */
  public ApiErrorDetail(int code, String message, String documentationUrl, String pointer) {
    this(code, message, documentationUrl, pointer, List.of());
  }

  /** Renders {@code [1003] name must be ... (at /name)}, the form used in exception messages; a chain follows as {@code <- [6111] ...}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append('[').append(code).append("] ")
        .append(message == null ? "(no message)" : message);
    if (pointer != null && !pointer.isEmpty()) {
      text.append(" (at ").append(pointer).append(')');
    }
    for (ApiErrorDetail cause : errorChain) {
      text.append(" <- ").append(cause);
    }
    return text.toString();
  }
}
