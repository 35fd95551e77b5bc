package dev.magicgre.stub;

import dev.magicgre.stub.store.TestStores;
import dev.magicgre.stub.store.TunnelStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stub started once per test class on an ephemeral loopback port, with an empty store before every test:
 * {@code @RegisterExtension static final RunningStub STUB = new RunningStub();}. The store is the one the
 * system property {@code magicgre.test.store} names (memory by default; server-stub's pom runs the suite again
 * on the file store and on PostgreSQL, see {@link TestStores}).
 */
final class RunningStub implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  private final StubSettings settings;
  private TunnelStore store;
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
    store = TestStores.current().open();
    server = StubServer.start(settings, store);
    http = new StubHttp(server);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.store().clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
    store.close();
  }

  StubServer server() {
    return server;
  }

  StubHttp http() {
    return http;
  }
}
