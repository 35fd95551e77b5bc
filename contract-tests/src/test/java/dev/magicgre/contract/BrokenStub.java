package dev.magicgre.contract;

import dev.magicgre.json.GreJson;
import dev.magicgre.stub.StubApplication;
import dev.magicgre.stub.StubSettings;
import dev.magicgre.stub.auth.Identities;
import dev.magicgre.stub.store.InMemoryTunnelStore;
import dev.magicgre.stub.store.TunnelStore;
import java.net.URI;
import java.time.Clock;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The real stub application (same factory as {@code main}) with one {@link Breakage} (or none) added. */
final class BrokenStub implements AutoCloseable {

  private final HttpServer server;
  private final TunnelStore store;

  private BrokenStub(HttpServer server, TunnelStore store) {
    this.server = server;
    this.store = store;
  }

  /** {@code breakage} null starts the healthy stub: the control case. */
  static BrokenStub start(Breakage breakage) {
    TunnelStore store = new InMemoryTunnelStore();
    ResourceConfig application = StubApplication.create(store, Identities.defaults(), GreJson.newObjectMapper(),
        Clock.systemUTC(), StubSettings.DEFAULT_MAX_BODY_BYTES);
    if (breakage != null) {
      application.register(breakage);
    }
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
        URI.create("http://127.0.0.1:0" + StubSettings.BASE_PATH + "/"), application, true);
    return new BrokenStub(server, store);
  }

  int port() {
    return server.getListeners().iterator().next().getPort();
  }

  TunnelStore store() {
    return store;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
