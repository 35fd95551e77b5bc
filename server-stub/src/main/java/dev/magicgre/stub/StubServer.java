package dev.magicgre.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.json.GreJson;
import dev.magicgre.stub.auth.Identities;
import dev.magicgre.stub.gateway.FaultBook;
import dev.magicgre.stub.gateway.Gateway;
import dev.magicgre.stub.gateway.GatewayState;
import dev.magicgre.stub.gateway.RateLimiter;
import dev.magicgre.stub.http.BodyFirst;
import dev.magicgre.stub.http.ConnectionLimitFilter;
import dev.magicgre.stub.http.ContainerEdges;
import dev.magicgre.stub.store.InMemoryTunnelStore;
import dev.magicgre.stub.store.JdbcTunnelStore;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.tunnel.TunnelFactory;
import dev.magicgre.stub.tunnel.TunnelSeeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import org.glassfish.grizzly.IOStrategy;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.strategies.LeaderFollowerNIOStrategy;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.grizzly.strategies.SimpleDynamicNIOStrategy;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running stub: Jersey on Grizzly, with its store. Closing it stops the server. */
public final class StubServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StubServer.class);
  /** The worker threads' name prefix (they run Jersey); tests count them by it. */
  public static final String WORKER_POOL_NAME = "stub-worker";

  private final HttpServer server;
  private final TunnelStore store;
  private final URI baseUri;
  private final TunnelSeeder seeder;
  private final GatewayState gateway;
  private final ConnectionLimitFilter connectionLimits;

  private StubServer(HttpServer server, TunnelStore store, URI baseUri, TunnelSeeder seeder, GatewayState gateway,
      ConnectionLimitFilter connectionLimits) {
    this.server = server;
    this.connectionLimits = connectionLimits;
    this.store = store;
    this.baseUri = baseUri;
    this.seeder = seeder;
    this.gateway = gateway;
  }

  /** Starts a stub with an empty in-memory store. */
  public static StubServer start(StubSettings settings) {
    return start(settings, new InMemoryTunnelStore());
  }

  public static StubServer start(StubSettings settings, TunnelStore store) {
    StartupPhases phases = new StartupPhases();
    settings.controlApi().requireTokenBeyondLoopback(settings.bindAddress());
    ObjectMapper mapper = GreJson.newObjectMapper();
    Identities identities = loadIdentities(settings, mapper);
    phases.ended("JSON mapper and identities");
    URI requested = URI.create("http://" + hostForUri(settings.bindAddress()) + ":" + settings.port() + StubSettings.BASE_PATH + "/");
    ResourceConfig application = StubApplication.create(store, identities, mapper, Clock.systemUTC(),
        settings.maxBodyBytes(), settings.bodyReadTimeoutSeconds());
    phases.ended("API application's configuration");
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, application, false);
    phases.ended("Jersey's start of the API application");
    ContainerEdges.configure(server, mapper, settings);
    FaultBook faults = new FaultBook();
    RateLimiter limiter = settings.rateLimit() == null ? null : new RateLimiter(settings.rateLimit(), System::nanoTime);
    Gateway.install(server, limiter, faults, mapper);
    TunnelSeeder seeder = new TunnelSeeder(store, new TunnelFactory(Clock.systemUTC()), mapper);
    StubExtras.install(server, settings, store, seeder, mapper, new GatewayState(faults, limiter));
    BodyFirst.install(server, settings, mapper);
    ConnectionLimitFilter connectionLimits =
        new ConnectionLimitFilter(settings.maxConnections(), settings.maxConnectionsPerClient());
    server.getListeners().forEach(listener -> listener.registerAddOn(connectionLimits.addOn()));
    tuneTransport(server, workersFor(store));
    phases.ended("container edges, gateway, extras");
    try {
      server.start();
    } catch (IOException e) {
      server.shutdownNow();
      throw new UncheckedIOException("could not listen on " + settings.bindAddress() + ":" + settings.port(), e);
    }
    phases.ended("Grizzly listening");
    NetworkListener listener = server.getListeners().iterator().next();
    URI baseUri = URI.create("http://" + hostForUri(settings.bindAddress()) + ":" + listener.getPort() + StubSettings.BASE_PATH);
    LOG.info("Magic GRE stub listening on {} ({} identities, store {})", baseUri, identities.size(),
        store.describe());
    return new StubServer(server, store, baseUri, seeder, new GatewayState(faults, limiter), connectionLimits);
  }

  /**
   * Grizzly's transport, set for a handler that never blocks on anything but its own request body: the
   * selector threads parse HTTP themselves ({@code SameThreadIOStrategy}, no hand-off per read event) and hand
   * only the complete request to a fixed pool of {@code 2 x cores} workers that runs Jersey (Grizzly's
   * {@code HttpHandler} does that hand-off, so a slow client's body never blocks a selector). Measured with
   * {@code bench/run.sh} (docs/benchmarks.md); the system properties {@code magicgre.stub.io}
   * ({@code same|worker|leader|dynamic}), {@code magicgre.stub.workers} and {@code magicgre.stub.selectors}
   * override it for experiments. {@code defaultWorkers} is the pool size unless the property says otherwise; bench/ uses this for its bare Jersey peer too.
   */
  public static void tuneTransport(HttpServer server, int defaultWorkers) {
    NetworkListener listener = server.getListeners().iterator().next();
    TCPNIOTransport transport = listener.getTransport();
    int cores = Runtime.getRuntime().availableProcessors();
    String io = System.getProperty("magicgre.stub.io", "same");
    IOStrategy strategy = switch (io) {
      case "worker" -> WorkerThreadIOStrategy.getInstance();
      case "leader" -> LeaderFollowerNIOStrategy.getInstance();
      case "dynamic" -> SimpleDynamicNIOStrategy.getInstance();
      default -> SameThreadIOStrategy.getInstance();
    };
    transport.setIOStrategy(strategy);
    int workers = Integer.getInteger("magicgre.stub.workers", defaultWorkers);
    transport.setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig().copy()
        .setPoolName(WORKER_POOL_NAME).setCorePoolSize(workers).setMaxPoolSize(workers));
    transport.setSelectorRunnersCount(Integer.getInteger("magicgre.stub.selectors", cores));
    LOG.debug("Grizzly: {} I/O strategy, {} workers", io, workers);
  }

  /**
   * A database store blocks its worker for each round trip and commit: more of them keep the database busy
   * (and let PostgreSQL commit many at once), as many as the store's pool has connections (docs/stores.md).
   */
  private static int workersFor(TunnelStore store) {
    return store instanceof JdbcTunnelStore jdbc ? jdbc.connections() : 2 * Runtime.getRuntime().availableProcessors();
  }

  /** The base URL, without a trailing slash: {@code http://host:port/client/v4}. */
  public URI baseUri() {
    return baseUri;
  }

  public int port() {
    return baseUri.getPort();
  }

  /** The connections open now, as the connection limits count them (tests watch slots free up). */
  public int openConnections() {
    return connectionLimits.openConnections();
  }

  /** The size of the worker pool that runs the handlers. */
  public int workers() {
    return server.getListeners().iterator().next().getTransport().getWorkerThreadPoolConfig().getMaxPoolSize();
  }

  public TunnelStore store() {
    return store;
  }

  /** Puts tunnels into an account as a create would (the control API's seeding, for in-process tests). */
  public TunnelSeeder seeder() {
    return seeder;
  }

  /** The faults armed for the next calls (what the control API's {@code /__stub/faults} arms), for in-process tests. */
  public FaultBook faults() {
    return gateway.faults();
  }

  /** The faults and the rate limit's windows, which a reset forgets. */
  public GatewayState gateway() {
    return gateway;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }

  private static Identities loadIdentities(StubSettings settings, ObjectMapper mapper) {
    if (settings.credentialsFile() == null) {
      return Identities.defaults();
    }
    try {
      return Identities.fromFile(settings.credentialsFile(), mapper);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read credentials file " + settings.credentialsFile(), e);
    }
  }

  private static String hostForUri(String bindAddress) {
    return bindAddress.indexOf(':') >= 0 && !bindAddress.startsWith("[") ? "[" + bindAddress + "]" : bindAddress;
  }
}
