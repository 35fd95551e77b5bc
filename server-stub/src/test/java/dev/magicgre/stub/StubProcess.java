package dev.magicgre.stub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub as its users start it, {@code StubMain} in a JVM of its own (this JVM's java, the test class path),
 * so that a test can see its exit code and everything it prints, and kill it with SIGKILL.
 */
final class StubProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/client/v4)");

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final CompletableFuture<URI> baseUri = new CompletableFuture<>();

  private StubProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "stub-process-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code StubMain} with these arguments; stdout and stderr are read together. */
  static StubProcess start(String... arguments) {
    return start(java.util.Map.of(), arguments);
  }

  /** As {@link #start(String...)}, with these variables added to the environment. */
  static StubProcess start(java.util.Map<String, String> environment, String... arguments) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), StubMain.class.getName()));
    command.addAll(List.of(arguments));
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().remove("PGUSER");
      builder.environment().remove("PGPASSWORD");
      builder.environment().putAll(environment);
      return new StubProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the stub's JVM", e);
    }
  }

  /** Starts it on a free loopback port and waits until it listens. */
  static StubProcess listening(String... arguments) throws Exception {
    return listening(java.util.Map.of(), arguments);
  }

  static StubProcess listening(java.util.Map<String, String> environment, String... arguments) throws Exception {
    List<String> all = new ArrayList<>(List.of("--port", "0", "--bind", "127.0.0.1"));
    all.addAll(List.of(arguments));
    StubProcess stub = start(environment, all.toArray(String[]::new));
    stub.baseUri();
    return stub;
  }

  private void readOutput() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) {
          baseUri.complete(URI.create(listening.group(1)));
        }
      }
    } catch (IOException e) {
      // the process was killed: its output ends here
    }
    baseUri.completeExceptionally(new IllegalStateException("the stub ended without listening:\n" + String.join("\n", output)));
  }

  /** The base URL once the stub listens (at most a minute: a JVM start on a busy 2-core machine). */
  URI baseUri() throws Exception {
    return baseUri.get(60, TimeUnit.SECONDS);
  }

  /** Waits for the process to end by itself (a start-up refusal). */
  int exitCode() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the stub did not end:\n" + String.join("\n", output));
    }
    return process.exitValue();
  }

  /** Everything it printed so far (complete once it has ended and its output is read). */
  List<String> output() {
    return List.copyOf(output);
  }

  /** SIGKILL: no shutdown hook, no flush; only what was already written to the OS survives. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** The output once the process has ended and the reader has read all of it. */
  List<String> outputAfterExit() throws InterruptedException {
    exitCode();
    try {
      baseUri.handle((uri, failure) -> uri).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // only waiting for the reader to reach the end
    }
    return output();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
