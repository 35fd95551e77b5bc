package dev.magicgre.testkit;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import java.time.Duration;

/**
 * How long the test kit takes to give a test a working stub: from the start the extension makes (before
 * {@code @BeforeAll}) to the first 200 of a create through the injected client, in this JVM. The benchmark
 * prints it: {@code java -cp <test-kit and its dependencies> dev.magicgre.testkit.StartupProbe} prints one line,
 * {@code test-kit in-process start to first 200: N ms (stub started in S ms, first create F ms)}.
 */
public final class StartupProbe {

  private StartupProbe() {
  }

  /** One measured start: the stub's start, then its first create; the stub is stopped afterwards. */
  public record Measurement(Duration start, Duration firstCreate) {

    public Duration total() {
      return start.plus(firstCreate);
    }

    @Override
    public String toString() {
      return "test-kit in-process start to first 200: " + total().toMillis() + " ms (stub started in "
          + start.toMillis() + " ms, first create " + firstCreate.toMillis() + " ms)";
    }
  }

  /** Starts a stub as the extension does with its defaults and times it up to the first 200. */
  public static Measurement measure() {
    long begin = System.nanoTime();
    try (KitStub stub = KitStub.start(GreTunnelsStubExtension.builder().options())) {
      long started = System.nanoTime();
      GreTunnel created = stub.client().createGreTunnel(StubState.EXAMPLE_ACCOUNT,
          new GreTunnelCreateRequest("GRE_PROBE", "203.0.113.1", "203.0.113.2", "10.212.0.0/31"), stub.writeOptions());
      long answered = System.nanoTime();
      if (created.getId() == null) {
        throw new IllegalStateException("the first create answered no id");
      }
      return new Measurement(Duration.ofNanos(started - begin), Duration.ofNanos(answered - started));
    }
  }

  public static void main(String[] args) {
    System.out.println(measure());
  }
}
