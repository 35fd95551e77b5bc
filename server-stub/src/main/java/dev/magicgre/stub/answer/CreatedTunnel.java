package dev.magicgre.stub.answer;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelsCreated;

/**
 * The result of a create of one tunnel: the tunnel's members copied into the spec's one schema for both create
 * shapes ({@link GreTunnelsCreated}), which is what {@code CreateAnswers.ofOne} gives, without its conversion
 * through a JSON tree (an eighth of a create). {@code TunnelSerializerTest} holds the copy's bytes equal to the
 * conversion's and fails when either type gets a member the copy does not know.
 */
public final class CreatedTunnel {

  private CreatedTunnel() {
  }

  /** The create result of one tunnel; nested objects are shared with {@code tunnel}, the request's own copy. */
  public static GreTunnelsCreated of(GreTunnel tunnel) {
    return new GreTunnelsCreated()
        .id(tunnel.getId())
        .name(tunnel.getName())
        .cloudflareGreEndpoint(tunnel.getCloudflareGreEndpoint())
        .customerGreEndpoint(tunnel.getCustomerGreEndpoint())
        .interfaceAddress(tunnel.getInterfaceAddress())
        .interfaceAddress6(tunnel.getInterfaceAddress6())
        .description(tunnel.getDescription())
        .automaticReturnRouting(tunnel.getAutomaticReturnRouting())
        .mtu(tunnel.getMtu())
        .ttl(tunnel.getTtl())
        .bgp(tunnel.getBgp())
        .bgpStatus(tunnel.getBgpStatus())
        .healthCheck(tunnel.getHealthCheck())
        .createdOn(tunnel.getCreatedOn())
        .modifiedOn(tunnel.getModifiedOn());
  }
}
