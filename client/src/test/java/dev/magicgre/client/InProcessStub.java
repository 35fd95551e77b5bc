package dev.magicgre.client;

import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real stub on a loopback port for a test class ({@code @RegisterExtension static final InProcessStub STUB =
 * new InProcessStub();}), emptied before each test: no tunnels, no armed faults.
 */
final class InProcessStub implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private StubServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = StubServer.start(StubSettings.ephemeral());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.store().clear();
    server.gateway().reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  StubServer server() {
    return server;
  }
}
