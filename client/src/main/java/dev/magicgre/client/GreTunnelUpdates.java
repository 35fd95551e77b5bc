package dev.magicgre.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateItem;
import dev.magicgre.model.HealthCheckTarget;

/**
 * Update requests that start from a tunnel as it is. An update replaces every updatable field (an optional
 * field left out takes its default again), so changing one field means sending all the others as they
 * are: {@code client.updateGreTunnel(account, id, GreTunnelUpdates.from(tunnel).name("GRE_2"))}.
 *
 * <p>The target is copied in the form the tunnel was read in. Read it in the object form (the default of
 * {@link ReadOptions}): a string-form read shows the effective address, and copying it would pin that
 * address where the tunnel had "use the default" ({@code saved: ""}).
 */
public final class GreTunnelUpdates {

  private static final ObjectMapper MAPPER = GreJson.newObjectMapper();

  private GreTunnelUpdates() {
  }

  /** The updatable fields of {@code tunnel} ({@code bgp}, {@code id} and the timestamps are not). */
  public static GreTunnelUpdateRequest from(GreTunnel tunnel) {
    requireTunnel(tunnel);
    return new GreTunnelUpdateRequest(tunnel.getName(), tunnel.getCloudflareGreEndpoint(),
        tunnel.getCustomerGreEndpoint(), tunnel.getInterfaceAddress())
        .interfaceAddress6(tunnel.getInterfaceAddress6())
        .description(tunnel.getDescription())
        .automaticReturnRouting(tunnel.getAutomaticReturnRouting())
        .mtu(tunnel.getMtu())
        .ttl(tunnel.getTtl())
        .healthCheck(healthCheck(tunnel.getHealthCheck()));
  }

  /** The same as {@link #from}, as an entry of an update of several tunnels (with the tunnel's id). */
  public static GreTunnelsUpdateItem itemFrom(GreTunnel tunnel) {
    // the entry has the fields of an update plus the id: the same JSON members, so copy them through JSON
    ObjectNode entry = MAPPER.valueToTree(from(tunnel));
    entry.put("id", tunnel.getId());
    return MAPPER.convertValue(entry, GreTunnelsUpdateItem.class);
  }

  private static GreTunnelHealthCheckRequest healthCheck(GreTunnelHealthCheck stored) {
    if (stored == null) {
      return null;
    }
    return new GreTunnelHealthCheckRequest()
        .enabled(stored.getEnabled())
        .rate(stored.getRate())
        .type(stored.getType())
        .direction(stored.getDirection())
        .target(requestTarget(stored.getTarget()));
  }

  /** A request sends only {@code saved}: {@code effective} is read-only. */
  private static HealthCheckTarget requestTarget(HealthCheckTarget stored) {
    if (stored == null) {
      return null;
    }
    return stored.isObject() ? HealthCheckTarget.ofSaved(stored.saved()) : stored;
  }

  private static void requireTunnel(GreTunnel tunnel) {
    if (tunnel == null) {
      throw new IllegalArgumentException("tunnel must not be null");
    }
  }
}
