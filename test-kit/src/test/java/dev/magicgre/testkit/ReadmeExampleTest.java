package dev.magicgre.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README shows the test kit's example exactly as compiled and run here ({@link ProvisioningTest}). */
class ReadmeExampleTest {

  private static final Path EXAMPLE = Path.of("src/test/java/dev/magicgre/testkit/ProvisioningTest.java");
  private static final Pattern MARKED = Pattern.compile("// readme:begin\n(.*?)// readme:end\n", Pattern.DOTALL);

  @Test
  void theReadmeShowsTheExampleVerbatim() throws IOException {
    Matcher marked = MARKED.matcher(Files.readString(EXAMPLE));
    assertThat(marked.find()).as("markers in %s", EXAMPLE).isTrue();

    assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + marked.group(1) + "```\n");
  }
}
