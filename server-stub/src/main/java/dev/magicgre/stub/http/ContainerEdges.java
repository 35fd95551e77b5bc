package dev.magicgre.stub.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.grizzly.http.server.ServerConfiguration;

/**
 * What Grizzly would answer by itself, before Jersey sees a request, made to go through the stub instead:
 * a path outside {@code /client/v4} (Grizzly's own answer is an HTML 404 page), and a GET, HEAD or DELETE
 * that carries a body (Grizzly's own answer is an empty 400; Jersey answers it 405 with the envelope).
 */
public final class ContainerEdges {

  private ContainerEdges() {
  }

  public static void configure(ServerConfiguration configuration, ObjectMapper mapper) {
    configuration.setAllowPayloadForUndefinedHttpMethods(true);
    // the longest matching context path wins, so "/" only gets what the Jersey application does not
    configuration.addHttpHandler(new NoRouteHttpHandler(mapper), "/");
  }
}
