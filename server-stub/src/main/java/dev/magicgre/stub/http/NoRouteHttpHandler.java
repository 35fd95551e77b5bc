package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Answers every path outside the Jersey application ({@code /client/v4}) with the same 404 envelope Jersey's
 * unknown routes get (code 7000), instead of Grizzly's HTML "Not Found" page.
 */
final class NoRouteHttpHandler extends HttpHandler {

  private final byte[] body;

  NoRouteHttpHandler(ObjectMapper mapper) {
    super("no-route");
    this.body = ContainerEdges.envelope(mapper, ApiError.of(ErrorCode.NO_ROUTE, ErrorEnvelopes.NO_ROUTE_MESSAGE));
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    response.setStatus(ErrorCode.NO_ROUTE.status());
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
