package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every answer family ends in its exception type with status, errors, headers and raw body; retries off. */
class ErrorMappingTest {

  private static ScriptedServer server;
  private static GreTunnelsClient client;

  @BeforeAll
  static void start() {
    server = ScriptedServer.start();
    client = GreTunnelsClient.builder().baseUrl(server.baseUrl()).apiToken("scripted-token").maxRetries(0).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private CloudflareApiException failureFor(ScriptedReply reply) {
    server.script(reply);
    return catchThrowableOfType(CloudflareApiException.class,
        () -> client.createGreTunnel(ACCOUNT, TestRequests.valid("GRE_1")));
  }

  @ParameterizedTest(name = "{0} code {1} -> {2}")
  @CsvSource({
      "400, 1003, BadRequestException, BAD_REQUEST",
      "400, 9106, AuthenticationException, AUTHENTICATION",
      "400, 6003, AuthenticationException, AUTHENTICATION",
      "400, 6111, AuthenticationException, AUTHENTICATION",
      "401, 10001, AuthenticationException, AUTHENTICATION",
      "403, 9109, PermissionDeniedException, PERMISSION",
      "403, 9103, PermissionDeniedException, PERMISSION",
      "403, 10000, PermissionDeniedException, PERMISSION",
      "404, 7000, NotFoundException, NOT_FOUND",
      "405, 7001, BadRequestException, BAD_REQUEST",
      "409, 1004, BadRequestException, BAD_REQUEST",
      "413, 1020, BadRequestException, BAD_REQUEST",
      "415, 9207, BadRequestException, BAD_REQUEST",
      "422, 1001, BadRequestException, BAD_REQUEST",
      "429, 10429, RateLimitedException, RATE_LIMITED",
      "500, 10500, ServerException, SERVER",
      "503, 10503, ServerException, SERVER"})
  void eachStatusFamilyHasItsType(int status, int code, String type, ErrorKind kind) {
    CloudflareApiException failure = failureFor(ScriptedReply.failure(status, code, "refused"));

    assertThat(failure.getClass().getSimpleName()).isEqualTo(type);
    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.status()).isEqualTo(status);
    assertThat(failure.errors()).containsExactly(new ApiErrorDetail(code, "refused", null, null));
  }

  @Test
  void anHtmlBadGatewayKeepsStatusAndRawText() {
    String html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>cloudflare</body>\n</html>";
    CloudflareApiException failure = failureFor(ScriptedReply.text(502, "text/html", html));

    assertThat(failure).isInstanceOf(ServerException.class);
    assertThat(failure.status()).isEqualTo(502);
    assertThat(failure.errors()).isEmpty();
    assertThat(failure.rawBody()).isEqualTo(html);
    assertThat(failure.getMessage()).isEqualTo(
        "502 Bad Gateway: <html> <head><title>502 Bad Gateway</title></head> <body>cloudflare</body> </html>");
  }

  @Test
  void anEmptyErrorBodySaysSo() {
    CloudflareApiException failure = failureFor(ScriptedReply.text(503, "text/plain", ""));

    assertThat(failure.getMessage()).isEqualTo("503 Service Unavailable: (empty body)");
  }

  @Test
  void everyErrorWithItsLinkAndPointerIsKept() {
    CloudflareApiException failure = failureFor(ScriptedReply.json(400, """
        {"success":false,"messages":[],"result":null,"errors":[
          {"code":1003,"message":"name is bad","source":{"pointer":"/name"}},
          {"code":1006,"message":"interface_address is bad","documentation_url":"https://developers.cloudflare.com/x",
           "source":{"pointer":"/interface_address"}}]}"""));

    assertThat(failure.errors()).containsExactly(
        new ApiErrorDetail(1003, "name is bad", null, "/name"),
        new ApiErrorDetail(1006, "interface_address is bad", "https://developers.cloudflare.com/x", "/interface_address"));
    assertThat(failure.getMessage()).isEqualTo(
        "400 Bad Request: [1003] name is bad (at /name); [1006] interface_address is bad (at /interface_address)");
  }

  @Test
  void a200WithSuccessFalseIsAnError() {
    CloudflareApiException failure = failureFor(ScriptedReply.failure(200, 1001, "not really created"));

    assertThat(failure).isInstanceOf(UnexpectedResponseException.class);
    assertThat(failure.kind()).isEqualTo(ErrorKind.UNEXPECTED_RESPONSE);
    assertThat(failure.status()).isEqualTo(200);
    assertThat(failure.errors()).extracting(ApiErrorDetail::code).containsExactly(1001);
    assertThat(failure.getMessage()).contains("success: false").contains("[1001] not really created");
  }

  @Test
  void a200ThatIsNotJsonIsAnUnexpectedResponseWithItsStatus() {
    CloudflareApiException failure = failureFor(ScriptedReply.text(200, "text/html", "<html>maintenance</html>"));

    assertThat(failure).isInstanceOf(UnexpectedResponseException.class);
    assertThat(failure.status()).isEqualTo(200);
    assertThat(failure.headers().get("Content-Type")).anySatisfy(value -> assertThat(value).startsWith("text/html"));
  }

  @Test
  void a200WithoutResultIsAnUnexpectedResponse() {
    CloudflareApiException failure = failureFor(
        ScriptedReply.json(200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":null}"));

    assertThat(failure).isInstanceOf(UnexpectedResponseException.class);
    assertThat(failure.getMessage()).isEqualTo("200 response has no result");
  }

  @Test
  void allFailuresShareTheUncheckedBaseType() {
    assertThat(RuntimeException.class).isAssignableFrom(CloudflareApiException.class);
    for (Class<?> type : new Class<?>[] {BadRequestException.class, AuthenticationException.class,
        PermissionDeniedException.class, NotFoundException.class, RateLimitedException.class, ServerException.class,
        ApiConnectionException.class, UnexpectedResponseException.class}) {
      assertThat(CloudflareApiException.class).isAssignableFrom(type);
    }
  }
}
