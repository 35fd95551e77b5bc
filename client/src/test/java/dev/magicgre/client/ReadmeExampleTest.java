package dev.magicgre.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import dev.magicgre.stub.auth.Identities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/client.md (the README links to it) shows exactly the compiled example, and the example works against the stub. */
class ReadmeExampleTest {

  private static final Path EXAMPLE = Path.of("src/test/java/dev/magicgre/client/ReadmeExample.java");
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../docs/client.md"})
  void theDocShowsTheExampleVerbatim(String doc) throws IOException {
    assertThat(Files.readString(Path.of(doc))).contains("```java\n" + markedRegion() + "```\n");
  }

  @Test
  void theExampleCreatesReadsListsUpdatesAndDeletesATunnelOnTheStub() {
    try (StubServer stub = StubServer.start(StubSettings.ephemeral())) {
      GreTunnel renamed = ReadmeExample.run(stub.baseUri().toString(), TestRequests.ACCOUNT, Identities.EXAMPLE_TOKEN);

      assertThat(renamed.getName()).isEqualTo("GRE_2");
      assertThat(renamed.getDescription()).as("the update kept what it did not change").isEqualTo("Tunnel for ISP X");
      assertThat(renamed.getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofSavedAndEffective("", "203.0.113.2"));
      assertThat(stub.store().list(TestRequests.ACCOUNT)).as("deleted at the end").isEmpty();
    }
  }

  /** The lines between the markers, with the method body's indentation removed. */
  private static String markedRegion() throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLE);
    int begin = indexOf(lines, "// readme:begin");
    int end = indexOf(lines, "// readme:end");
    String indent = lines.get(begin).substring(0, lines.get(begin).indexOf("//"));
    return lines.subList(begin + 1, end).stream()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
        .map(line -> line + "\n")
        .collect(Collectors.joining());
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker " + marker + " not found in " + EXAMPLE);
  }
}
