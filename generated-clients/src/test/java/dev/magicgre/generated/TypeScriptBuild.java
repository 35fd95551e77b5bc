package dev.magicgre.generated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Node, the pinned npm packages (package.json + package-lock.json: TypeScript, axios, the official SDK) and one tsc run over the
 * generated TypeScript clients and the scenario, once per test JVM. Without node: one line saying so, a failure
 * under CI=true (.ci/run installs node), an aborted test with that line as its reason elsewhere.
 */
final class TypeScriptBuild {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path SCENARIO = MODULE.resolve("target/ts-build/src/test/ts/scenario.js");
  private static String failure;
  private static boolean built;

  private TypeScriptBuild() {
  }

  /** Builds once; later calls report the first outcome again. */
  static synchronized Path scenario() throws IOException, InterruptedException {
    if (!built && failure == null) {
      build();
    }
    if (failure != null) {
      throw new AssertionError(failure);
    }
    return SCENARIO;
  }

  private static void build() throws IOException, InterruptedException {
    if (!nodePresent()) {
      String line = "node not found: the typescript-fetch and typescript-axios clients and the official SDK were NOT run"
          + " (install nodejs and npm; .ci/run does)";
      System.out.println("[generated-clients] " + line);
      if ("true".equals(System.getenv("CI"))) {
        failure = line;
        return;
      }
      Assumptions.abort(line);
    }
    if (installNeeded()) {
      Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
      if (npm.status() != 0) {
        failure = "npm ci failed in " + MODULE + ":\n" + npm.output();
        return;
      }
    }
    Result tsc = run(List.of("node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json"));
    if (tsc.status() != 0) {
      failure = "tsc failed on the generated TypeScript clients (typescript-fetch, typescript-axios) or the scenario:\n"
          + tsc.output();
      return;
    }
    built = true;
  }

  /** npm ci when node_modules is missing or older than package-lock.json (npm keeps its copy of the lock there). */
  private static boolean installNeeded() throws IOException {
    Path installed = MODULE.resolve("node_modules/.package-lock.json");
    return !Files.exists(installed) || Files.getLastModifiedTime(MODULE.resolve("package-lock.json"))
        .compareTo(Files.getLastModifiedTime(installed)) > 0;
  }

  private static boolean nodePresent() {
    try {
      return run(List.of("node", "--version")).status() == 0;
    } catch (IOException | InterruptedException absent) {
      return false;
    }
  }

  record Result(int status, String output) {
  }

  static Result run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Result(-1, output + "\n(no end within 5 minutes: " + command + ")");
    }
    return new Result(process.exitValue(), output);
  }
}
