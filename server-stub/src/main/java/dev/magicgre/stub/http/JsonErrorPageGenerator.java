package dev.magicgre.stub.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import java.net.URISyntaxException;
import java.util.UUID;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grizzly renders an HTML page when something fails outside Jersey, typically when Jersey's container cannot
 * turn the request line into a URI ({@code |} or {@code {} in the path, a bad {@code %} escape in the query).
 * This generator answers the envelope instead: Grizzly keeps a content type that is already set, so setting
 * {@code application/json} here is enough for the returned text to go out as is.
 */
final class JsonErrorPageGenerator implements ErrorPageGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(JsonErrorPageGenerator.class);

  private final ObjectMapper mapper;

  JsonErrorPageGenerator(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
    ApiError error = errorFor(status, reasonPhrase, exception);
    Response response = request.getResponse();
    response.setStatus(ErrorCode.MALFORMED_URI.code() == error.code() ? ErrorCode.MALFORMED_URI.status() : status);
    response.setContentType("application/json");
    // Grizzly writes the page through a Writer, whose default charset would be named ISO-8859-1
    response.setCharacterEncoding("UTF-8");
    return new String(ContainerEdges.envelope(mapper, error), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static ApiError errorFor(int status, String reasonPhrase, Throwable exception) {
    if (status >= 500 && causedByMalformedUri(exception)) {
      // the client's fault, not ours: Grizzly calls it a 500 only because the exception escaped Jersey
      return ApiError.of(ErrorCode.MALFORMED_URI, "Malformed request URI");
    }
    switch (status) {
      case 404:
        return ApiError.of(ErrorCode.NO_ROUTE, ErrorEnvelopes.NO_ROUTE_MESSAGE);
      case 405:
        return ApiError.of(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed for that URI");
      case 413:
        return ApiError.of(ErrorCode.BODY_TOO_LARGE, "Request body is too large");
      case 415:
        return ApiError.of(ErrorCode.UNSUPPORTED_CONTENT_TYPE, ErrorEnvelopes.CONTENT_TYPE_MESSAGE);
      default:
        break;
    }
    if (status >= 500) {
      String incident = UUID.randomUUID().toString();
      LOG.error("Unexpected failure outside the application, incident {}", incident, exception);
      return ApiError.of(ErrorCode.INTERNAL_ERROR, "Internal server error (incident " + incident + ")");
    }
    return ApiError.of(ErrorCode.REQUEST_REFUSED, reasonPhrase == null ? "Request refused" : reasonPhrase);
  }

  private static boolean causedByMalformedUri(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof URISyntaxException || cause instanceof IllegalArgumentException) {
        return true;
      }
    }
    return false;
  }
}
