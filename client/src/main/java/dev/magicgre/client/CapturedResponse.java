package dev.magicgre.client;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The status and headers of the last answer on the calling thread, recorded by a response interceptor of the
 * generated client. Needed because the generated client drops them when a 2xx body fails to decode.
 * The body is not touched: the generated client still reads it.
 */
record CapturedResponse(int status, Map<String, List<String>> headers) {

  private static final ThreadLocal<CapturedResponse> LAST = new ThreadLocal<>();

  static void record(HttpResponse<?> response) {
    LAST.set(new CapturedResponse(response.statusCode(), response.headers().map()));
  }

  static void clear() {
    LAST.remove();
  }

  static CapturedResponse last() {
    return LAST.get();
  }
}
