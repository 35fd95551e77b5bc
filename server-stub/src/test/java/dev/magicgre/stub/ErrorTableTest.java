package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.error.ErrorChainCode;
import dev.magicgre.stub.error.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error table exists three times: the ErrorCode enum, the spec's ApiErrorResponse description and
 * docs/stub-behaviour.md (and docs/reference.md). Every code and its status must be the same in all of them.
 */
class ErrorTableTest {

  /** A table row starting with a code and a status: {@code | 1003  | 400 | ...}. */
  private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\|\\s*(\\d{3,5})\\s*\\|\\s*(\\d{3})\\b");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../spec/openapi.yaml", "../docs/stub-behaviour.md", "../docs/reference.md"})
  void theTableListsEveryCodeWithItsStatus(String file) throws IOException {
    Map<Integer, Integer> expected = new TreeMap<>();
    for (ErrorCode code : ErrorCode.values()) {
      expected.put(code.code(), code.status());
    }

    Map<Integer, Integer> documented = new TreeMap<>();
    Matcher row = ROW.matcher(Files.readString(Path.of(file)));
    while (row.find()) {
      if (isChainCode(Integer.parseInt(row.group(1)))) {
        continue; // the codes of a 6003's error_chain have no status of their own; a page may list them
      }
      Integer previous = documented.put(Integer.valueOf(row.group(1)), Integer.valueOf(row.group(2)));
      assertThat(previous).as("code %s listed twice in %s", row.group(1), file).isNull();
    }

    assertThat(documented).isEqualTo(expected);
  }

  private static boolean isChainCode(int code) {
    return Arrays.stream(ErrorChainCode.values()).anyMatch(chain -> chain.code() == code);
  }
}
