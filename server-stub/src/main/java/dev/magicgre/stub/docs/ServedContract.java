package dev.magicgre.stub.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.http.ErrorEnvelopes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;

/**
 * The stub serves its contract: {@code /openapi.yaml} is the very file the build generated from (copied into
 * the jar by the build), {@code /openapi.json} the same document converted on its first request (the YAML parser
 * is a few hundred classes that a stub which is never asked for its JSON spec need not load at start), and {@code /docs/}
 * Swagger UI from its webjar, pointed at {@code /openapi.json} and at this stub as the first server, so that
 * "Try it out" calls the running stub. Nothing comes from the internet. Anything else under these paths is the
 * API's 404 envelope; a method other than GET or HEAD is 405.
 */
public final class ServedContract extends HttpHandler {

  static final String SPEC_RESOURCE = "/openapi/openapi.yaml";
  private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final byte[] yaml;
  private final ObjectMapper mapper;
  private volatile byte[] json;
  private final byte[] initializer;
  private final String webjarRoot;
  private final byte[] notFound;
  private final byte[] notAllowed;

  private ServedContract(ObjectMapper mapper) {
    super("served-contract");
    this.yaml = resource(SPEC_RESOURCE);
    this.mapper = mapper;
    this.initializer = resource("/docs/swagger-initializer.js");
    this.webjarRoot = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    resource(webjarRoot + "index.html"); // fail at start, not at the first visit, when the webjar is missing
    this.notFound = envelope(mapper, ErrorCode.NO_ROUTE, ErrorEnvelopes.NO_ROUTE_MESSAGE);
    this.notAllowed = envelope(mapper, ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed for that URI");
  }

  /** Call before the server starts. */
  public static void install(HttpServer server, ObjectMapper mapper) {
    ServedContract handler = new ServedContract(mapper);
    // one call: Grizzly keeps one set of registrations per handler, a second call would replace the first
    server.getServerConfiguration().addHttpHandler(handler,
        HttpHandlerRegistration.builder().contextPath("/openapi.yaml").build(),
        HttpHandlerRegistration.builder().contextPath("/openapi.json").build(),
        HttpHandlerRegistration.builder().contextPath("/docs").build());
  }

  @Override
  public void service(Request request, Response response) throws IOException {
    Method method = request.getMethod();
    if (method != Method.GET && method != Method.HEAD) {
      response.setHeader(Header.Allow, "GET, HEAD");
      send(request, response, 405, "application/json", notAllowed);
      return;
    }
    String path = request.getRequestURI();
    switch (path) {
      case "/openapi.yaml" -> send(request, response, 200, "application/yaml; charset=utf-8", yaml);
      case "/openapi.json" -> send(request, response, 200, "application/json", json());
      case "/docs" -> {
        // the page's assets are relative: it must be seen from /docs/
        response.setHeader(Header.Location, "/docs/");
        send(request, response, 302, "application/json", new byte[0]);
      }
      case "/docs/", "/docs/index.html" -> asset(request, response, "index.html");
      case "/docs/swagger-initializer.js" -> send(request, response, 200, contentType("x.js"), initializer);
      default -> {
        String name = path.startsWith("/docs/") ? path.substring("/docs/".length()) : "";
        if (ASSET_NAME.matcher(name).matches()) {
          asset(request, response, name);
        } else {
          send(request, response, 404, "application/json", notFound);
        }
      }
    }
  }

  private void asset(Request request, Response response, String name) throws IOException {
    try (InputStream in = ServedContract.class.getResourceAsStream(webjarRoot + name)) {
      if (in == null) {
        send(request, response, 404, "application/json", notFound);
        return;
      }
      send(request, response, 200, contentType(name), in.readAllBytes());
    }
  }

  private static void send(Request request, Response response, int status, String type, byte[] body) throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.setContentLength(body.length);
    if (request.getMethod() != Method.HEAD) {
      response.getOutputStream().write(body);
    }
  }

  static String contentType(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".png")) {
      return "image/png";
    }
    if (name.endsWith(".json") || name.endsWith(".map")) {
      return "application/json";
    }
    return "application/octet-stream";
  }

  /** Converted once, by the first request that asks; a race converts twice and keeps either (equal) copy. */
  private byte[] json() {
    byte[] converted = json;
    if (converted == null) {
      converted = toJson(yaml, mapper);
      json = converted;
    }
    return converted;
  }

  private static byte[] toJson(byte[] yaml, ObjectMapper mapper) {
    try {
      JsonNode document = new YAMLMapper().readTree(yaml);
      return mapper.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException("the served spec is not valid YAML", e);
    }
  }

  private static String webjarVersion() {
    Properties properties = new Properties();
    try (InputStream in = ServedContract.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is not on the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] resource(String name) {
    try (InputStream in = ServedContract.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not in the stub's jar (the build copies it there)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] envelope(ObjectMapper mapper, ErrorCode code, String message) {
    try {
      return mapper.writeValueAsBytes(ErrorEnvelopes.envelope(List.of(ApiError.of(code, message))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
