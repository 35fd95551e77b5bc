package dev.magicgre.stub;

import dev.magicgre.stub.gateway.RateLimit;
import java.nio.file.Path;

/**
 * How a stub is started: where it listens, who it lets in, how large a body may be.
 *
 * @param bindAddress address to listen on ({@code 0.0.0.0} for all interfaces)
 * @param port TCP port; 0 picks a free one (tests)
 * @param credentialsFile identities file, or null for the doc page's example identities
 * @param maxBodyBytes larger request bodies are answered 413
 * @param idleTimeoutSeconds a connection with no request in progress (idle keep-alive, or headers sent only in
 *     part) is closed after this long
 * @param bodyReadTimeoutSeconds the whole body must arrive within this long once the headers are in; a client
 *     too slow is answered 408 and its worker freed
 * @param controlApi whether {@code /__stub/} (reset, seed, Pact provider states, faults, fidelity) is served, and its token
 * @param rateLimit {@code --rate-limit N/SECONDS} per credential identity, or null for none
 * @param maxConnections open connections in all; one more is closed as soon as it is accepted
 * @param maxConnectionsPerClient open connections from one client address; one more is closed as soon as it is
 *     accepted
 */
public record StubSettings(String bindAddress, int port, Path credentialsFile, long maxBodyBytes,
    int idleTimeoutSeconds, int bodyReadTimeoutSeconds, ControlApiSettings controlApi, RateLimit rateLimit,
    int maxConnections, int maxConnectionsPerClient) {

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_BIND_ADDRESS = "localhost";
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
  public static final int DEFAULT_BODY_READ_TIMEOUT_SECONDS = 10;
  /**
   * Far below the file descriptors a JVM gets on Linux (it raises its soft limit to the hard one) yet far above
   * any test suite or benchmark here (bench/run.sh opens 32, bench/slow-clients.sh 64 slow plus the load's).
   */
  public static final int DEFAULT_MAX_CONNECTIONS = 4096;
  /**
   * A sixteenth of the total, so that one client cannot take the stub from the others; still four times what
   * the heaviest loopback use here opens at once (all loopback clients share 127.0.0.1, and count as one).
   */
  public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 256;
  /** Cloudflare's base path; the stub serves the same one so only the host changes between the two. */
  public static final String BASE_PATH = "/client/v4";

  public static StubSettings defaults() {
    return new StubSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES,
        DEFAULT_IDLE_TIMEOUT_SECONDS, DEFAULT_BODY_READ_TIMEOUT_SECONDS, ControlApiSettings.OFF, null, DEFAULT_MAX_CONNECTIONS,
        DEFAULT_MAX_CONNECTIONS_PER_CLIENT);
  }

  /** Loopback on a free port: what tests use. */
  public static StubSettings ephemeral() {
    return defaults().withBindAddress("127.0.0.1").withPort(0);
  }

  public StubSettings withPort(int newPort) {
    return new StubSettings(bindAddress, newPort, credentialsFile, maxBodyBytes, idleTimeoutSeconds, bodyReadTimeoutSeconds, controlApi,
        rateLimit, maxConnections, maxConnectionsPerClient);
  }

  public StubSettings withBindAddress(String newBindAddress) {
    return new StubSettings(newBindAddress, port, credentialsFile, maxBodyBytes, idleTimeoutSeconds,
        bodyReadTimeoutSeconds, controlApi, rateLimit, maxConnections, maxConnectionsPerClient);
  }

  public StubSettings withCredentialsFile(Path file) {
    return new StubSettings(bindAddress, port, file, maxBodyBytes, idleTimeoutSeconds, bodyReadTimeoutSeconds, controlApi,
        rateLimit, maxConnections, maxConnectionsPerClient);
  }

  /** Both timeouts, in seconds (at least 1 each). */
  public StubSettings withTimeouts(int newIdleTimeoutSeconds, int newBodyReadTimeoutSeconds) {
    if (newIdleTimeoutSeconds < 1 || newBodyReadTimeoutSeconds < 1) {
      throw new IllegalArgumentException("timeouts must be at least 1 second");
    }
    return new StubSettings(bindAddress, port, credentialsFile, maxBodyBytes, newIdleTimeoutSeconds,
        newBodyReadTimeoutSeconds, controlApi, rateLimit, maxConnections, maxConnectionsPerClient);
  }

  /** The control API on or off, and the token it then requires (null for none). */
  public StubSettings withControlApi(ControlApiSettings newControlApi) {
    return new StubSettings(bindAddress, port, credentialsFile, maxBodyBytes, idleTimeoutSeconds, bodyReadTimeoutSeconds,
        newControlApi, rateLimit, maxConnections, maxConnectionsPerClient);
  }

  /** At most {@code limit} requests per credential identity and window (null: no limit, the default). */
  public StubSettings withRateLimit(RateLimit limit) {
    return new StubSettings(bindAddress, port, credentialsFile, maxBodyBytes, idleTimeoutSeconds, bodyReadTimeoutSeconds,
        controlApi, limit, maxConnections, maxConnectionsPerClient);
  }

  /** The open connections allowed in all and per client address (at least 1 each). */
  public StubSettings withConnectionLimits(int newMaxConnections, int newMaxConnectionsPerClient) {
    if (newMaxConnections < 1 || newMaxConnectionsPerClient < 1) {
      throw new IllegalArgumentException("connection limits must be at least 1");
    }
    return new StubSettings(bindAddress, port, credentialsFile, maxBodyBytes, idleTimeoutSeconds, bodyReadTimeoutSeconds,
        controlApi, rateLimit, newMaxConnections, newMaxConnectionsPerClient);
  }
}
