package dev.magicgre.stub.tunnel;

import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateItem;

/**
 * An update's body as the fields of a create: the generated update types ({@code GreTunnelUpdateRequest},
 * {@code GreTunnelsUpdateItem}) hold the same fields as {@link GreTunnelCreateRequest} without {@code bgp} but
 * share no type with it, so {@link TunnelFactory} is written once, for the create request, and an update is
 * copied into one member for member ({@code id} of a bulk item is not a field of the tunnel's body). A copy,
 * not a conversion through JSON (a tenth of an update's cost); {@code UpdateRequestsTest} holds it equal to
 * that conversion and fails when the spec gives the update types a member the copy does not know.
 */
public final class UpdateRequests {

  private UpdateRequests() {
  }

  public static GreTunnelCreateRequest asCreateRequest(GreTunnelUpdateRequest u) {
    return fields(u.getName(), u.getCloudflareGreEndpoint(), u.getCustomerGreEndpoint(), u.getInterfaceAddress(),
        u.getInterfaceAddress6(), u.getDescription(), u.getAutomaticReturnRouting(), u.getMtu(), u.getTtl(),
        u.getHealthCheck());
  }

  public static GreTunnelCreateRequest asCreateRequest(GreTunnelsUpdateItem u) {
    return fields(u.getName(), u.getCloudflareGreEndpoint(), u.getCustomerGreEndpoint(), u.getInterfaceAddress(),
        u.getInterfaceAddress6(), u.getDescription(), u.getAutomaticReturnRouting(), u.getMtu(), u.getTtl(),
        u.getHealthCheck());
  }

  /** One parameter per member of the body, in the spec's order. */
  private static GreTunnelCreateRequest fields(String name, String cloudflareGreEndpoint, String customerGreEndpoint,
      String interfaceAddress, String interfaceAddress6, String description, Boolean automaticReturnRouting,
      Integer mtu, Integer ttl, GreTunnelHealthCheckRequest healthCheck) {
    return new GreTunnelCreateRequest()
        .name(name)
        .cloudflareGreEndpoint(cloudflareGreEndpoint)
        .customerGreEndpoint(customerGreEndpoint)
        .interfaceAddress(interfaceAddress)
        .interfaceAddress6(interfaceAddress6)
        .description(description)
        .automaticReturnRouting(automaticReturnRouting)
        .mtu(mtu)
        .ttl(ttl)
        .healthCheck(healthCheck); // read only by the factory: shared, not copied
  }
}
