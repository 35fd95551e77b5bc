package dev.magicgre.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The static answers the peers of the load benchmark give: per operation, the exact status and body the stub
 * gave to a probe of that operation ({@code bench/run.sh} writes {@code OP.status} and {@code OP.json} into one
 * folder before it starts the peers). The wrk scripts name their operation in the {@code X-Bench-Op} header,
 * which the stub ignores; a request without it, or naming an operation with no file, gets the create answer.
 */
public final class FixedAnswers {

  /** The header the wrk scripts send. */
  public static final String OPERATION_HEADER = "X-Bench-Op";
  private static final String DEFAULT_OPERATION = "create";

  /** One answer: its status and its bytes. */
  public record Answer(int status, byte[] body) {
  }

  private final Map<String, Answer> answers;
  private final Answer fallback;

  private FixedAnswers(Map<String, Answer> answers) {
    this.answers = answers;
    this.fallback = answers.get(DEFAULT_OPERATION);
    if (fallback == null) {
      throw new IllegalArgumentException("no answer for the create operation (create.json, create.status)");
    }
  }

  /** Reads every {@code OP.json} with its {@code OP.status} from the folder. */
  public static FixedAnswers load(Path folder) throws IOException {
    Map<String, Answer> answers = new HashMap<>();
    try (DirectoryStream<Path> bodies = Files.newDirectoryStream(folder, "*.json")) {
      for (Path body : bodies) {
        String name = body.getFileName().toString();
        String operation = name.substring(0, name.length() - ".json".length());
        int status = Integer.parseInt(
            Files.readString(folder.resolve(operation + ".status"), StandardCharsets.US_ASCII).trim());
        answers.put(operation, new Answer(status, Files.readAllBytes(body)));
      }
    }
    return new FixedAnswers(Map.copyOf(answers));
  }

  /** The answer for the operation a request names (null: none named). */
  public Answer forOperation(String operation) {
    return operation == null ? fallback : answers.getOrDefault(operation, fallback);
  }

  public int size() {
    return answers.size();
  }

  /** {@code --flag value} pairs, for the peers' mains. */
  static Map<String, String> flags(String[] args, String... known) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!java.util.Arrays.asList(known).contains(args[i])) {
        throw new IllegalArgumentException("unknown flag " + args[i] + " (known: " + String.join(" ", known) + ")");
      }
      flags.put(args[i], args[i + 1]);
    }
    return flags;
  }
}
