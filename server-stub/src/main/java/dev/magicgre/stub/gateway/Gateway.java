package dev.magicgre.stub.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/** Puts {@link GatewayHttpHandler} in front of the API's Jersey container, on the container's own mappings. */
public final class Gateway {

  private Gateway() {
  }

  /** Call before the server starts, after the API's container is registered. */
  public static void install(HttpServer server, RateLimiter limiter, FaultBook faults, ObjectMapper mapper) {
    ServerConfiguration configuration = server.getServerConfiguration();
    for (Map.Entry<HttpHandler, HttpHandlerRegistration[]> handler : configuration.getHttpHandlersWithMapping().entrySet()) {
      if (handler.getKey() instanceof GrizzlyHttpContainer api) {
        configuration.removeHttpHandler(api);
        configuration.addHttpHandler(new GatewayHttpHandler(api, limiter, faults, mapper), handler.getValue());
        return;
      }
    }
    throw new IllegalStateException("the API's Jersey container is not registered");
  }
}
