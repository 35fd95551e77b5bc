package dev.magicgre.stub;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelCreateResponse;
import dev.magicgre.model.GreTunnelGetResponse;
import dev.magicgre.model.GreTunnelGetResult;
import dev.magicgre.model.GreTunnelList;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsCreateBody;
import dev.magicgre.model.GreTunnelsUpdateRequest;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.http.EnvelopeWriter;
import dev.magicgre.stub.http.ErrorEnvelopes;
import dev.magicgre.stub.http.RequestBodyReader;
import dev.magicgre.stub.tunnel.TunnelFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies the JSON half of the request path on a second thread while Jersey, HK2 and Grizzly start on the main
 * one: it reads a sample body of each write through the {@link RequestBodyReader} (parse, rules, binding) and
 * writes sample envelopes through the {@link EnvelopeWriter}, so that Jackson has built its (de)serializers and
 * the JVM has loaded those classes by the time the first request comes. Measured in docs/benchmarks.md: the
 * stub starts about a second sooner on two cores. It touches neither the store nor anything a request sees;
 * a failure here only costs the time it would have saved, and is logged at DEBUG.
 */
final class StartupWarmUp implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(StartupWarmUp.class);
  private static final String TUNNEL = "{\"name\":\"WARM_UP\",\"cloudflare_gre_endpoint\":\"203.0.113.1\","
      + "\"customer_gre_endpoint\":\"203.0.113.2\",\"interface_address\":\"10.212.0.0/31\","
      + "\"interface_address6\":\"2001:db8::/127\",\"description\":\"warm-up\",\"mtu\":1476,\"ttl\":64,"
      + "\"health_check\":{\"enabled\":true,\"target\":\"203.0.113.2\",\"type\":\"reply\",\"rate\":\"mid\"}}";
  private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

  private final RequestBodyReader reader;
  private final EnvelopeWriter writer;
  private final TunnelFactory factory;

  StartupWarmUp(RequestBodyReader reader, EnvelopeWriter writer, TunnelFactory factory) {
    this.reader = reader;
    this.writer = writer;
    this.factory = factory;
  }

  /** Starts the warm-up on a daemon thread of its own. */
  void startInBackground() {
    Thread thread = new Thread(this, "stub-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    long started = System.nanoTime();
    try {
      GreTunnelCreateRequest one = (GreTunnelCreateRequest) read(GreTunnelsCreateBody.class, TUNNEL);
      read(GreTunnelsCreateBody.class, "{\"gre_tunnels\":[" + TUNNEL + "]}");
      read(GreTunnelUpdateRequest.class, TUNNEL);
      read(GreTunnelsUpdateRequest.class, "{\"gre_tunnels\":[" + TUNNEL.replace("{\"name\"",
          "{\"id\":\"0123456789abcdef0123456789abcdef\",\"name\"") + "]}");
      GreTunnel tunnel = factory.create(one);
      write(new GreTunnelCreateResponse(true, new ArrayList<>(), new ArrayList<>(), tunnel));
      write(new GreTunnelGetResponse(true, new ArrayList<>(), new ArrayList<>(), new GreTunnelGetResult(tunnel)));
      write(new GreTunnelListResponse(true, new ArrayList<>(), new ArrayList<>(), new GreTunnelList(List.of(tunnel))));
      write(ErrorEnvelopes.envelope(List.of(ApiError.of(ErrorCode.MALFORMED_JSON, "warm-up"))));
      LOG.debug("JSON request path ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (Exception | LinkageError failed) {
      LOG.debug("start-up warm-up stopped early: {}", failed.toString());
    }
  }

  private Object read(Class<?> type, String json) throws Exception {
    @SuppressWarnings("unchecked")
    Class<Object> requestType = (Class<Object>) type;
    return reader.readFrom(requestType, type, NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE,
        new MultivaluedHashMap<>(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private void write(Object envelope) throws Exception {
    writer.writeTo(envelope, envelope.getClass(), envelope.getClass(), NO_ANNOTATIONS,
        MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), OutputStream.nullOutputStream());
  }
}
