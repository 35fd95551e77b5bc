package dev.magicgre.client;

/**
 * One entry of the envelope's {@code errors[]}: Cloudflare's numeric code, its message, the optional
 * documentation link and the optional JSON pointer ({@code source.pointer}) to the request field at fault.
 */
public record ApiErrorDetail(int code, String message, String documentationUrl, String pointer) {

  /** Renders {@code [1003] name must be ... (at /name)}, the form used in exception messages. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append('[').append(code).append("] ")
        .append(message == null ? "(no message)" : message);
    if (pointer != null && !pointer.isEmpty()) {
      text.append(" (at ").append(pointer).append(')');
    }
    return text.toString();
  }
}
