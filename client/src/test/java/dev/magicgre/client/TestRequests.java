package dev.magicgre.client;

import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateItem;
import dev.magicgre.model.HealthCheckTarget;

/** Valid requests the tests start from. */
final class TestRequests {

  static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  /** A well-formed tunnel id (the one the scripted answers carry). */
  static final String TUNNEL_ID = "c4a7362d577a6c3019a474fd6f485821";

  private TestRequests() {
  }

  /** A request the stub accepts; name at most 15 letters, digits or underscores. */
  static GreTunnelCreateRequest valid(String name) {
    return new GreTunnelCreateRequest(name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }

  static GreTunnelCreateRequest withStringTarget(String name, String address) {
    return valid(name).healthCheck(stringTarget(address));
  }

  static GreTunnelCreateRequest withObjectTarget(String name, String saved) {
    return valid(name).healthCheck(objectTarget(saved));
  }

  static GreTunnelUpdateRequest update(String name) {
    return new GreTunnelUpdateRequest(name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }

  static GreTunnelsUpdateItem updateItem(String id, String name) {
    return new GreTunnelsUpdateItem(id, name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
  }

  static GreTunnelHealthCheckRequest stringTarget(String address) {
    return new GreTunnelHealthCheckRequest().target(HealthCheckTarget.ofAddress(address));
  }

  static GreTunnelHealthCheckRequest objectTarget(String saved) {
    return new GreTunnelHealthCheckRequest().target(HealthCheckTarget.ofSaved(saved));
  }
}
