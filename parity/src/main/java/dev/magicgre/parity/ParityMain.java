package dev.magicgre.parity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;

/**
 * {@code scripts/parity}: runs the catalogue of scenarios against a base URL (the stub, or Cloudflare with a real
 * account and {@code --i-know-this-is-real}), prints {@code N passed, M failed}, and records or compares normalised
 * snapshots of every answer. Exit code 0 when all passed and nothing differed, 1 otherwise, 2 for bad arguments.
 */
public final class ParityMain {

  private ParityMain() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    ParityOptions options;
    try {
      options = ParityOptions.parse(args);
    } catch (IllegalArgumentException badArguments) {
      err.println(badArguments.getMessage());
      err.println(ParityOptions.usage());
      return 2;
    }
    ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return new ParityRun(options, mapper, out).run(Catalogue.scenarios());
  }
}
