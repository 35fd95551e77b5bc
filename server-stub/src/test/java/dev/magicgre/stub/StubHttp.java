package dev.magicgre.stub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.json.GreJson;
import dev.magicgre.stub.auth.Identities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real HTTP against a {@link StubServer} started in-process. A request starts out as a create the page's
 * example token would send (JSON body, bearer token, first example account); each test changes only what it
 * is about. The JDK client is pinned to HTTP/1.1: its HTTP/2 upgrade attempt hangs against Grizzly.
 */
final class StubHttp {

  static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String OTHER_ACCOUNT = "9a7806061c88ada191ed06f989cc3dac";
  static final ObjectMapper JSON = GreJson.newObjectMapper();

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private final URI baseUri;

  StubHttp(StubServer server) {
    this.baseUri = server.baseUri();
  }

  static String tunnelsPath(String accountId) {
    return "/accounts/" + accountId + "/magic/gre_tunnels";
  }

  /** A create of {@code body} in {@link #ACCOUNT} with the example token. */
  Call create(String body) {
    return new Call(baseUri).body(body);
  }

  Call create(JsonNode body) {
    return create(body.toString());
  }

  /** A list of {@link #ACCOUNT}'s tunnels with the example token: no body, no Content-Type. */
  Call list() {
    return new Call(baseUri).method("GET").header("Content-Type", null);
  }

  Call get(String id) {
    return list().tunnel(id);
  }

  /** An update of one tunnel. */
  Call update(String id, JsonNode body) {
    return new Call(baseUri).method("PUT").tunnel(id).body(body.toString());
  }

  /** An update of several tunnels: {@code {"gre_tunnels": [...]}}. */
  Call updateSeveral(JsonNode body) {
    return new Call(baseUri).method("PUT").body(body.toString());
  }

  /** A delete as the SDKs send it: no body, no Content-Type. */
  Call delete(String id) {
    return new Call(baseUri).method("DELETE").tunnel(id).header("Content-Type", null);
  }

  /** One request being put together; headers set to null are not sent. */
  static final class Call {
    private final URI baseUri;
    private String prefix;
    private String method = "POST";
    private String path = tunnelsPath(ACCOUNT);
    /** After the account's collection: "" for the collection, "/{id}" for one tunnel. */
    private String tunnelSuffix = "";
    private String query = "";
    private BodyPublisher body = BodyPublishers.noBody();
    private final Map<String, String> headers = new LinkedHashMap<>();

    Call(URI baseUri) {
      this.baseUri = baseUri;
      this.prefix = baseUri.toString();
      headers.put("Content-Type", "application/json");
      headers.put("Authorization", "Bearer " + Identities.EXAMPLE_TOKEN);
    }

    Call body(String json) {
      this.body = BodyPublishers.ofString(json, StandardCharsets.UTF_8);
      return this;
    }

    Call body(BodyPublisher publisher) {
      this.body = publisher;
      return this;
    }

    Call account(String accountId) {
      this.path = tunnelsPath(accountId) + tunnelSuffix;
      return this;
    }

    /** The route of one tunnel: {@code .../gre_tunnels/{id}}. */
    Call tunnel(String id) {
      this.tunnelSuffix = "/" + id;
      this.path = path + tunnelSuffix;
      return this;
    }

    /** A path below the base URI (starting with '/'), as sent: not encoded again. */
    Call path(String rawPath) {
      this.path = rawPath;
      return this;
    }

    /** A path from the server's root, outside the base URI's {@code /client/v4}. */
    Call rootPath(String rawPath) {
      this.prefix = baseUri.getScheme() + "://" + baseUri.getRawAuthority();
      this.path = rawPath;
      return this;
    }

    Call query(String rawQuery) {
      this.query = "?" + rawQuery;
      return this;
    }

    Call method(String newMethod) {
      this.method = newMethod;
      return this;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Call noAuth() {
      headers.put("Authorization", null);
      return this;
    }

    Call globalKey(String email, String key) {
      headers.put("Authorization", null);
      headers.put("X-Auth-Email", email);
      headers.put("X-Auth-Key", key);
      return this;
    }

    Reply send() {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(prefix + path + query))
          .timeout(Duration.ofSeconds(30))
          .method(method, body);
      headers.forEach((name, value) -> {
        if (value != null) {
          request.header(name, value);
        }
      });
      try {
        var response = CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** What came back: status, headers, the raw text and, when it is JSON, the parsed body. */
  record Reply(int status, HttpHeaders headers, String text) {

    JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw new AssertionError("not JSON (status " + status + "): " + text, e);
      }
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    JsonNode result() {
      return json().get("result");
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }
}
