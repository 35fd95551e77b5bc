package dev.magicgre.stub;

import java.nio.file.Path;

/**
 * How a stub is started: where it listens, who it lets in, how large a body may be.
 *
 * @param bindAddress address to listen on ({@code 0.0.0.0} for all interfaces)
 * @param port TCP port; 0 picks a free one (tests)
 * @param credentialsFile identities file, or null for the doc page's example identities
 * @param maxBodyBytes larger request bodies are answered 413
 */
public record StubSettings(String bindAddress, int port, Path credentialsFile, long maxBodyBytes) {

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_BIND_ADDRESS = "localhost";
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** Cloudflare's base path; the stub serves the same one so only the host changes between the two. */
  public static final String BASE_PATH = "/client/v4";

  public static StubSettings defaults() {
    return new StubSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES);
  }

  /** Loopback on a free port: what tests use. */
  public static StubSettings ephemeral() {
    return new StubSettings("127.0.0.1", 0, null, DEFAULT_MAX_BODY_BYTES);
  }

  public StubSettings withPort(int newPort) {
    return new StubSettings(bindAddress, newPort, credentialsFile, maxBodyBytes);
  }

  public StubSettings withBindAddress(String newBindAddress) {
    return new StubSettings(newBindAddress, port, credentialsFile, maxBodyBytes);
  }

  public StubSettings withCredentialsFile(Path file) {
    return new StubSettings(bindAddress, port, file, maxBodyBytes);
  }
}
