package dev.magicgre.stub;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stub started once per test class on an ephemeral loopback port, with an empty store before every test:
 * {@code @RegisterExtension static final RunningStub STUB = new RunningStub();}.
 */
final class RunningStub implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  private final StubSettings settings;
  private StubServer server;
  private StubHttp http;

  RunningStub() {
    this(StubSettings.ephemeral());
  }

  RunningStub(StubSettings settings) {
    this.settings = settings;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = StubServer.start(settings);
    http = new StubHttp(server);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.store().clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  StubServer server() {
    return server;
  }

  StubHttp http() {
    return http;
  }
}
