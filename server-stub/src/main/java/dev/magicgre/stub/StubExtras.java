package dev.magicgre.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.control.ControlApi;
import dev.magicgre.stub.docs.ServedContract;
import dev.magicgre.stub.gateway.GatewayState;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.tunnel.TunnelSeeder;
import org.glassfish.grizzly.http.server.HttpServer;

/**
 * What the stub serves beside the Cloudflare API, on the same listener and outside {@code /client/v4}: its
 * contract and docs page (always), and the control API (only with {@code --control-api}).
 */
final class StubExtras {

  private StubExtras() {
  }

  /** Call before the server starts. */
  static void install(HttpServer server, StubSettings settings, TunnelStore store, TunnelSeeder seeder,
      ObjectMapper mapper, GatewayState gateway) {
    ServedContract.install(server, mapper);
    if (settings.controlApi().enabled()) {
      ControlApi.install(server, store, seeder, mapper, settings.controlApi(), gateway, settings.maxBodyBytes());
    }
  }
}
