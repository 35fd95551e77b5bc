package dev.magicgre.stub.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelBgp;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.GreTunnelList;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckTarget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, point 2: a list is written while the store hands its tunnels over, byte for byte as the whole
 * envelope would have been written, and its bytes leave before the store has handed over the rest.
 */
class StreamedTunnelListWriterTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 3, 0, 0, 120_000_000, ZoneOffset.UTC);

  private final ObjectMapper mapper = GreJson.newObjectMapper();
  private final StreamedTunnelListWriter writer = new StreamedTunnelListWriter(mapper);

  @Test
  void theStreamedAnswerIsTheWholeEnvelopesBytes() throws IOException {
    for (List<GreTunnel> tunnels : List.of(List.<GreTunnel>of(), List.of(tunnel(1)), List.of(tunnel(1), full(2),
        tunnel(3).healthCheck(new GreTunnelHealthCheck().target(HealthCheckTarget.ofAddress("203.0.113.9")))))) {
      String whole = new String(mapper.writerFor(GreTunnelListResponse.class).writeValueAsBytes(
          new GreTunnelListResponse(true, new ArrayList<>(), new ArrayList<>(), new GreTunnelList(tunnels))));

      ByteArrayOutputStream streamed = new ByteArrayOutputStream();
      writer.writeTo(new StreamedTunnelList(tunnels::forEach), StreamedTunnelList.class, null, null, null, null,
          streamed);

      assertThat(streamed.toString()).isEqualTo(whole);
    }
  }

  @Test
  void bytesLeaveWhileTheStoreIsStillHandingTunnelsOver() throws IOException {
    AtomicLong received = new AtomicLong();
    List<Long> receivedWhenAsked = new ArrayList<>();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        received.incrementAndGet();
      }

      @Override
      public void write(byte[] b, int off, int len) {
        received.addAndGet(len);
      }
    };
    Consumer<Consumer<GreTunnel>> source = each -> {
      for (int i = 0; i < 20_000; i++) {
        receivedWhenAsked.add(received.get());
        each.accept(tunnel(i));
      }
    };

    writer.writeTo(new StreamedTunnelList(source), StreamedTunnelList.class, null, null, null, null, out);

    long oneTunnel = mapper.writeValueAsBytes(tunnel(1)).length;
    // the generator buffers at most a few KiB: by tunnel 10 000, nearly 10 000 tunnels have been sent
    assertThat(receivedWhenAsked.get(10_000)).isGreaterThan(9_000 * oneTunnel);
    assertThat(received.get()).isGreaterThan(20_000 * oneTunnel);
  }

  private static GreTunnel tunnel(int n) {
    return new GreTunnel(String.format("%032x", n), "GRE_" + n, "203.0.113.1", "203.0.113.2", "10.212.0.0/31")
        .mtu(1476).ttl(64).createdOn(NOW).modifiedOn(NOW);
  }

  private static GreTunnel full(int n) {
    return tunnel(n).description("all fields").interfaceAddress6("2606:54c1:7:0:a9fe:12d2:1:200/127")
        .automaticReturnRouting(true)
        .bgp(new GreTunnelBgp().customerAsn(64512).extraPrefixes(List.of("10.0.0.0/24")).md5Key("k"))
        .bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(false).updatedAt(NOW))
        .healthCheck(new GreTunnelHealthCheck().enabled(true).rate(HealthCheckRate.HIGH)
            .target(HealthCheckTarget.ofSavedAndEffective("", "203.0.113.2")));
  }
}
