package dev.magicgre.parity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Sends an {@link ApiCall} to the base URL with the credentials it asks for, and reads the answer as JSON. */
final class ApiCaller {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper mapper;
  private final ParityOptions options;
  /** A token nobody has: 40 random letters and digits, drawn once per run. */
  private final String unknownToken = randomToken();

  ApiCaller(ObjectMapper mapper, ParityOptions options) {
    this.mapper = mapper;
    this.options = options;
  }

  Answer send(ApiCall call) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.base() + call.path()))
        .timeout(Duration.ofSeconds(30))
        .method(call.method(), call.body() == null
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
    if (call.body() != null && !call.headers().containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    call.headers().forEach(request::header);
    credentials(call.auth(), request);
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), parse(response.body()));
  }

  private void credentials(ApiCall.Auth auth, HttpRequest.Builder request) {
    switch (auth) {
      case GIVEN -> {
        if (options.token() != null) {
          request.header("Authorization", "Bearer " + options.token());
        } else {
          request.header("X-Auth-Email", options.email()).header("X-Auth-Key", options.key());
        }
      }
      case NONE -> { }
      case MALFORMED_AUTHORIZATION -> request.header("Authorization", "Bearer not a token");
      case MALFORMED_KEY -> request.header("X-Auth-Email", "parity@example.com").header("X-Auth-Key", "not a key");
      case MALFORMED_EMAIL_AND_KEY -> request.header("X-Auth-Email", "not an e-mail").header("X-Auth-Key", "not a key");
      case UNKNOWN_TOKEN -> request.header("Authorization", "Bearer " + unknownToken);
      default -> throw new IllegalStateException("unknown " + auth);
    }
  }

  private com.fasterxml.jackson.databind.JsonNode parse(String text) {
    try {
      return text == null || text.isBlank() ? TextNode.valueOf("") : mapper.readTree(text);
    } catch (IOException notJson) {
      return TextNode.valueOf(text);
    }
  }

  private static String randomToken() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder token = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      token.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return token.toString();
  }
}
