package dev.magicgre.client;

import java.net.http.HttpRequest;

/**
 * Sends a DELETE without a body, as Cloudflare's SDKs do. The generated client always writes one (a JSON
 * {@code null} when there is none); proxies and servers treat a DELETE payload unevenly (Grizzly refuses it
 * unless configured), and the API ignores it anyway.
 */
final class BodilessDelete {

  private BodilessDelete() {
  }

  /** Called by the request interceptor, once the generated client has set method, URI and body. */
  static void apply(HttpRequest.Builder request) {
    if ("DELETE".equals(request.copy().build().method())) {
      request.DELETE();
    }
  }
}
