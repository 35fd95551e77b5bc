package dev.magicgre.stub.store;

import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnelBgp;
import java.util.ArrayList;

/**
 * Copies of the mutable objects a generated {@code GreTunnel} holds ({@code bgp} with its list, {@code bgp_status}):
 * the in-memory store keeps its own and hands out new ones, so that neither the request a tunnel came from nor
 * a caller of {@code list} or {@code find} (a test through the test kit's {@code StubState}) can change what is
 * stored. Every other part of a stored tunnel is immutable (strings, numbers, {@code java.time}, targets).
 */
final class MutableParts {

  private MutableParts() {
  }

  static GreTunnelBgp copy(GreTunnelBgp bgp) {
    if (bgp == null) {
      return null;
    }
    return new GreTunnelBgp()
        .customerAsn(bgp.getCustomerAsn())
        .extraPrefixes(bgp.getExtraPrefixes() == null ? null : new ArrayList<>(bgp.getExtraPrefixes()))
        .md5Key(bgp.getMd5Key())
        .exportFilterId(bgp.getExportFilterId())
        .importFilterId(bgp.getImportFilterId());
  }

  static BgpStatus copy(BgpStatus status) {
    if (status == null) {
      return null;
    }
    return new BgpStatus()
        .state(status.getState())
        .tcpEstablished(status.getTcpEstablished())
        .updatedAt(status.getUpdatedAt())
        .bgpState(status.getBgpState())
        .cfSpeakerIp(status.getCfSpeakerIp())
        .cfSpeakerPort(status.getCfSpeakerPort())
        .customerSpeakerIp(status.getCustomerSpeakerIp())
        .customerSpeakerPort(status.getCustomerSpeakerPort());
  }
}
