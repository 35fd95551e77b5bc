package dev.magicgre.testkit;

import dev.magicgre.client.WriteOptions;
import dev.magicgre.client.GreTunnelsClient;
import dev.magicgre.stub.ControlApiSettings;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import dev.magicgre.stub.control.ControlApi;

/** One running stub with what a test gets of it: runtime info, a client, the state handle. */
final class KitStub implements AutoCloseable {

  private final StubServer server;
  private final GreTunnelsStubRuntimeInfo runtimeInfo;
  private final GreTunnelsClient client;
  private final StubState state;
  private final WriteOptions writeOptions;

  private KitStub(StubServer server, KitOptions options) {
    this.server = server;
    String root = "http://127.0.0.1:" + server.port();
    this.runtimeInfo = new GreTunnelsStubRuntimeInfo(server.baseUri().toString(), server.port(),
        options.controlApi() ? root + ControlApi.CONTEXT_PATH : null);
    this.client = client(runtimeInfo.baseUrl(), options);
    this.state = new StubState(server);
    // the default leaves the header to the client, which matches it to the targets sent; a chosen object form is explicit
    this.writeOptions = options.newTargetFormat() ? WriteOptions.defaults().withNewTargetFormat(true) : WriteOptions.defaults();
  }

  /** Starts a stub on an ephemeral loopback port, in memory, with the default identities. */
  static KitStub start(KitOptions options) {
    StubSettings settings = StubSettings.ephemeral()
        .withControlApi(options.controlApi() ? ControlApiSettings.OPEN : ControlApiSettings.OFF);
    return new KitStub(StubServer.start(settings), options);
  }

  private static GreTunnelsClient client(String baseUrl, KitOptions options) {
    GreTunnelsClient.Builder builder = GreTunnelsClient.builder()
        .baseUrl(baseUrl)
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout());
    if (options.apiEmail() != null) {
      builder.apiKey(options.apiEmail(), options.apiKey());
    } else {
      builder.apiToken(options.apiToken());
    }
    return builder.build();
  }

  GreTunnelsStubRuntimeInfo runtimeInfo() {
    return runtimeInfo;
  }

  GreTunnelsClient client() {
    return client;
  }

  StubState state() {
    return state;
  }

  WriteOptions writeOptions() {
    return writeOptions;
  }

  @Override
  public void close() {
    server.close();
  }
}
