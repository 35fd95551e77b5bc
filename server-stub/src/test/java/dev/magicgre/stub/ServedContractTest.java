package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stub serves its contract and a docs page (issue 14, point 3); the browser half is DocsPageInBrowserTest. */
class ServedContractTest {

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  StubHttp.Reply get(String path) {
    return STUB.http().create("").rootPath(path).method("GET").noAuth().send();
  }

  @Test
  void openapiYamlIsTheExactFileTheBuildGeneratedFrom() throws IOException {
    String specFile = System.getProperty("spec.file");
    assertThat(specFile).as("Surefire passes spec.file").isNotBlank();

    StubHttp.Reply reply = get("/openapi.yaml");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/yaml");
    assertThat(reply.text()).isEqualTo(Files.readString(Path.of(specFile), StandardCharsets.UTF_8));
  }

  @Test
  void openapiJsonIsTheSameDocument() throws IOException {
    JsonNode fromYaml = new YAMLMapper().readTree(Files.readString(Path.of(System.getProperty("spec.file"))));

    StubHttp.Reply reply = get("/openapi.json");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(reply.json()).isEqualTo(fromYaml);
    assertThat(reply.json().path("paths").size()).isEqualTo(2);
  }

  @Test
  void docsRedirectsToThePageWhoseAssetsAreRelative() {
    StubHttp.Reply reply = get("/docs");

    assertThat(reply.status()).isEqualTo(302);
    assertThat(reply.headers().firstValue("Location")).hasValue("/docs/");
  }

  @Test
  void thePageIsSwaggerUiFromTheJarWithTheStubsOwnInitializer() {
    StubHttp.Reply page = get("/docs/");
    StubHttp.Reply initializer = get("/docs/swagger-initializer.js");
    StubHttp.Reply bundle = get("/docs/swagger-ui-bundle.js");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.text()).contains("swagger-ui-bundle.js", "swagger-initializer.js").doesNotContain("https://");
    assertThat(initializer.status()).isEqualTo(200);
    assertThat(initializer.text()).contains("../openapi.json", "window.location.origin + \"/client/v4\"");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.contentType()).startsWith("text/javascript");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/docs/no-such-file.js", "/docs/../openapi.yaml", "/docs/a/b.js", "/docsx", "/openapi.yaml/x",
      "/openapi.yml"})
  void anythingElseIsTheApisNotFoundEnvelope(String path) {
    Expect.failure(get(path), 404, 7000, null);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"POST", "PUT", "DELETE"})
  void onlyGetAndHeadAreAllowed(String method) {
    StubHttp.Reply reply = STUB.http().create("{}").rootPath("/openapi.json").method(method).send();

    Expect.failure(reply, 405, 7001, null);
    assertThat(reply.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }
}
