package dev.magicgre.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.GreTunnel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's commands work as printed: its test command is the line .ci/run runs, the script it names is
 * there, its curl creates a tunnel on a stub, and the coordinates it gives are this build's.
 */
@GreTunnelsStubTest
class ReadmeCommandsTest {

  static final Path README = Path.of("../README.md");
  static final String PRINTED_BASE_URL = "http://localhost:8080/client/v4";

  @Test
  void theTestCommandIsTheLineCiRunsAndTheRunScriptIsThere() throws IOException {
    List<String> commands = shellLines(block("sh", 0));

    assertThat(commands).containsExactly("scripts/run-stub", "mvn -B verify");
    assertThat(Files.readAllLines(Path.of("../.ci/run"))).contains("mvn -B verify");
    assertThat(Path.of("../scripts/run-stub")).isExecutable();
    assertThat(shellLines(block("sh", 2))).containsExactly("mvn -B install -DskipTests");
  }

  @Test
  void whatCiAddsIsRunAfterTheReadmesTestCommand() throws IOException {
    List<String> ci = Files.readAllLines(Path.of("../.ci/run"));
    List<String> added = shellLines(block("sh", 3));

    assertThat(added).hasSize(1);
    assertThat(ci).contains(added.get(0));
    assertThat(ci.indexOf(added.get(0))).isGreaterThan(ci.indexOf("mvn -B verify"));
  }

  @Test
  void theCurlCreatesTheTunnelItPrints(GreTunnelsStubRuntimeInfo stub, StubState state) throws Exception {
    List<String> words = shellWords(block("sh", 1).replace("\\\n", " "));
    assertThat(words.get(0)).isEqualTo("curl");
    String url = words.get(1);
    assertThat(url).startsWith(PRINTED_BASE_URL);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.baseUrl() + url.substring(PRINTED_BASE_URL.length())));
    String body = null;
    for (int i = 2; i < words.size(); i += 2) {
      switch (words.get(i)) {
        case "-H" -> request.header(words.get(i + 1).split(":", 2)[0].strip(), words.get(i + 1).split(":", 2)[1].strip());
        case "-d" -> body = words.get(i + 1);
        default -> throw new AssertionError("an option the test does not know: " + words.get(i));
      }
    }
    assertThat(body).as("curl -d makes it a POST").isNotNull();

    HttpResponse<String> answer = HttpClient.newHttpClient()
        .send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).containsPattern("\"success\"\\s*:\\s*true");
    assertThat(state.tunnels(StubState.EXAMPLE_ACCOUNT)).extracting(GreTunnel::getName).containsExactly("GRE_1");
  }

  @Test
  void theCoordinatesAreThisBuilds() throws IOException {
    Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("../pom.xml")));
    assertThat(version.find()).isTrue();
    String xml = block("xml", 0);
    String gradle = block("kotlin", 0);

    for (String artifact : List.of("client", "test-kit")) {
      assertThat(xml).containsPattern("<groupId>dev.magicgre</groupId>\\s*<artifactId>" + artifact
          + "</artifactId>.*\\s*<version>" + Pattern.quote(version.group(1)) + "</version>");
      assertThat(gradle).contains("\"dev.magicgre:" + artifact + ":" + version.group(1) + "\"");
      assertThat(Path.of("../" + artifact + "/pom.xml")).content().contains("<artifactId>" + artifact + "</artifactId>");
    }
  }

  @Test
  void everyPageTheReadmeLinksToIsThere() throws IOException {
    Matcher link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(Files.readString(README));
    List<Path> linked = new ArrayList<>();
    while (link.find()) {
      linked.add(Path.of("..", link.group(1)));
    }

    assertThat(linked).isNotEmpty().allSatisfy(page -> assertThat(page).exists());
  }

  /** The n-th fenced block of that language in the README. */
  static String block(String language, int n) throws IOException {
    Matcher fenced = Pattern.compile("```" + language + "\n(.*?)```\n", Pattern.DOTALL).matcher(Files.readString(README));
    for (int i = 0; i <= n; i++) {
      assertThat(fenced.find()).as("```%s block %d in the README", language, n).isTrue();
    }
    return fenced.group(1);
  }

  /** The commands of a shell block, comments removed. */
  static List<String> shellLines(String block) {
    return block.lines().map(line -> line.replaceAll("(^|\\s+)#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
  }

  /** Words as a POSIX shell splits them, for the quoting a README uses ('...' and "..." without escapes). */
  static List<String> shellWords(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
