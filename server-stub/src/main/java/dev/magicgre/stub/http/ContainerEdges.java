package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.StubSettings;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;

/**
 * What Grizzly would answer by itself, before Jersey sees a request, made to go through the stub instead:
 * a path outside {@code /client/v4} (Grizzly's own answer is an HTML 404 page), and a GET, HEAD or DELETE
 * that carries a body (Grizzly's own answer is an empty 400; Jersey answers it 405 with the envelope), and any
 * error page Grizzly renders (HTML by default; the envelope here), and a path Grizzly cannot percent-decode
 * (an empty 500 by default; 400 code 1018 here), and a request Grizzly's HTTP parser refuses (an empty 400 or
 * 505 by default; 400 code 1019 here). It also sets the timeouts that free a stalled client's connection and
 * worker ({@link ConnectionTimeouts}).
 */
public final class ContainerEdges {

  private ContainerEdges() {
  }

  /** Call before the server starts: add-ons are installed when a listener starts. */
  public static void configure(HttpServer server, ObjectMapper mapper, StubSettings settings) {
    ServerConfiguration configuration = server.getServerConfiguration();
    configuration.setAllowPayloadForUndefinedHttpMethods(true);
    configuration.setDefaultErrorPageGenerator(new JsonErrorPageGenerator(mapper));
    // the longest matching context path wins, so "/" only gets what the Jersey application does not
    configuration.addHttpHandler(new NoRouteHttpHandler(mapper), "/");
    byte[] malformedUri = envelope(mapper, ApiError.of(ErrorCode.MALFORMED_URI, "Malformed request URI"));
    for (NetworkListener listener : server.getListeners()) {
      listener.registerAddOn(StubHttpCodecFilter.addOn(mapper));
      listener.registerAddOn(MalformedUriFilter.addOn(malformedUri));
      ConnectionTimeouts.apply(listener, settings.idleTimeoutSeconds(), settings.bodyReadTimeoutSeconds());
    }
  }

  static byte[] envelope(ObjectMapper mapper, ApiError error) {
    try {
      return mapper.writeValueAsBytes(ErrorEnvelopes.envelope(List.of(error)));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("the error envelope cannot be written", impossible);
    }
  }
}
