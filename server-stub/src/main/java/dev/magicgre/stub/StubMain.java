package dev.magicgre.stub;

import dev.magicgre.stub.gateway.RateLimit;
import dev.magicgre.stub.store.StoreOptions;
import dev.magicgre.stub.store.StoreUnavailableException;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.store.TunnelStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code java -jar server-stub.jar [--port 8080] [--bind localhost] [--credentials file.json] [--idle-timeout 30]
 * [--body-timeout 10] [--store memory|file:PATH|jdbc:postgresql://...] [--db-user U] [--db-password P]
 * [--control-api] [--control-token T] [--rate-limit N/SECONDS] [--max-connections 4096]
 * [--max-connections-per-client 256]}: starts the stub and runs until stopped (Ctrl-C / SIGTERM). Timeouts are in seconds.
 */
public final class StubMain {

  private static final Logger LOG = LoggerFactory.getLogger(StubMain.class);

  private StubMain() {
  }

  public static void main(String[] args) throws InterruptedException {
    // Jersey and Grizzly log through java.util.logging: route it to SLF4J like the rest
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();

    StubSettings settings;
    StoreOptions.Split store;
    try {
      store = StoreOptions.split(args, System.getenv());
      settings = parse(store.otherArguments());
    } catch (IllegalArgumentException badArguments) {
      System.err.println(badArguments.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    TunnelStore tunnels = openStore(store.options());
    StubServer server = StubServer.start(settings, tunnels);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Stopping the stub");
      server.close();
      tunnels.close();
      stopped.countDown();
    }, "stub-shutdown"));
    stopped.await();
  }

  /** The store of --store (issue 16); one that cannot be used ends the stub here, with one line and exit code 2. */
  private static TunnelStore openStore(StoreOptions options) {
    try {
      return TunnelStores.open(options);
    } catch (StoreUnavailableException unavailable) {
      System.err.println(unavailable.getMessage());
      System.exit(2);
      return null;
    }
  }

  static StubSettings parse(String[] args) {
    StubSettings settings = StubSettings.defaults();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if ("--help".equals(flag) || "-h".equals(flag)) {
        System.out.println(usage());
        System.exit(0);
      }
      if ("--control-api".equals(flag)) {
        settings = settings.withControlApi(new ControlApiSettings(true, settings.controlApi().token()));
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + flag);
      }
      String value = args[++i];
      switch (flag) {
        case "--port":
          settings = settings.withPort(port(value));
          break;
        case "--bind":
          settings = settings.withBindAddress(value);
          break;
        case "--idle-timeout":
          settings = settings.withTimeouts(seconds(flag, value), settings.bodyReadTimeoutSeconds());
          break;
        case "--body-timeout":
          settings = settings.withTimeouts(settings.idleTimeoutSeconds(), seconds(flag, value));
          break;
        case "--max-connections":
          settings = settings.withConnectionLimits(atLeastOne(flag, value), settings.maxConnectionsPerClient());
          break;
        case "--max-connections-per-client":
          settings = settings.withConnectionLimits(settings.maxConnections(), atLeastOne(flag, value));
          break;
        case "--credentials":
          Path file = Path.of(value);
          if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("credentials file not readable: " + value);
          }
          settings = settings.withCredentialsFile(file);
          break;
        case "--rate-limit":
          settings = settings.withRateLimit(RateLimit.parse(value));
          break;
        case "--control-token":
          // a token only makes sense for a control API that is served: it turns it on
          settings = settings.withControlApi(ControlApiSettings.withToken(value));
          break;
        default:
          throw new IllegalArgumentException("unknown flag " + flag);
      }
    }
    settings.controlApi().requireTokenBeyondLoopback(settings.bindAddress());
    return settings;
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number: " + value, e);
    }
  }

  private static int seconds(String flag, String value) {
    return atLeastOne(flag + " (seconds)", value);
  }

  private static int atLeastOne(String what, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number < 1) {
        throw new IllegalArgumentException(what + " must be at least 1: " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a number: " + value, e);
    }
  }

  static String usage() {
    return "usage: java -jar server-stub/target/server-stub.jar [--port 8080] [--bind localhost] [--credentials file.json]"
        + " [--idle-timeout 30] [--body-timeout 10]"
        + " [--store memory|file:PATH|jdbc:postgresql://host:port/db] [--db-user USER] [--db-password PASSWORD]"
        + " [--control-api] [--control-token T] [--rate-limit N/SECONDS]"
        + " [--max-connections 4096] [--max-connections-per-client 256]";
  }
}
