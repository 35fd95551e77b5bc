package dev.magicgre.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelsCreateResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's JSON work per call, with the project's one mapper ({@link GreJson}): serialising a full create
 * request and parsing a full success envelope into the generated model, for both forms of
 * {@code health_check.target} (the string of the legacy form, the {@code {"saved","effective"}} object of
 * {@code x-magic-new-hc-target: true}). The baselines do plain Jackson tree work on the very same bytes: reading
 * them into a {@link JsonNode}, and writing an already built tree of the request.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar ClientJsonBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientJsonBenchmark {

  private static final String REQUEST_HEAD = "{\"name\":\"GRE_1\",\"cloudflare_gre_endpoint\":\"203.0.113.1\","
      + "\"customer_gre_endpoint\":\"203.0.113.1\",\"interface_address\":\"10.212.0.0/31\","
      + "\"interface_address6\":\"2606:54c1:7:0:a9fe:12d2:1:200/127\",\"description\":\"Tunnel for ISP X\","
      + "\"automatic_return_routing\":true,\"mtu\":1476,\"ttl\":64,"
      + "\"bgp\":{\"customer_asn\":64512,\"extra_prefixes\":[\"10.1.0.0/16\",\"192.168.10.0/24\"],"
      + "\"md5_key\":\"secret-key_1\"},"
      + "\"health_check\":{\"enabled\":true,\"rate\":\"mid\",\"type\":\"reply\",\"direction\":\"bidirectional\","
      + "\"target\":";

  private static final String RESPONSE_HEAD = "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{"
      + "\"id\":\"c4a7362d577a6c3019a474fd6f485821\",\"name\":\"GRE_1\",\"cloudflare_gre_endpoint\":\"203.0.113.1\","
      + "\"customer_gre_endpoint\":\"203.0.113.1\",\"interface_address\":\"10.212.0.0/31\","
      + "\"interface_address6\":\"2606:54c1:7:0:a9fe:12d2:1:200/127\",\"description\":\"Tunnel for ISP X\","
      + "\"automatic_return_routing\":true,\"mtu\":1476,\"ttl\":64,"
      + "\"bgp\":{\"customer_asn\":64512,\"extra_prefixes\":[\"10.1.0.0/16\",\"192.168.10.0/24\"],"
      + "\"md5_key\":\"secret-key_1\"},"
      + "\"bgp_status\":{\"state\":\"BGP_DOWN\",\"tcp_established\":false,\"updated_at\":\"2026-11-25T20:32:08.647Z\"},"
      + "\"health_check\":{\"enabled\":true,\"rate\":\"mid\",\"type\":\"reply\",\"direction\":\"bidirectional\","
      + "\"target\":";
  private static final String RESPONSE_TAIL =
      "},\"created_on\":\"2026-11-25T20:32:08.647Z\",\"modified_on\":\"2026-11-25T20:32:08.647Z\"}}";

  /** {@code string}: legacy {@code "target": "203.0.113.1"}; {@code object}: {@code {"saved", "effective"}}. */
  @Param({"string", "object"})
  public String targetForm;

  private ObjectWriter requestWriter;
  private ObjectReader responseReader;
  private ObjectMapper mapper;
  private GreTunnelCreateRequest request;
  private JsonNode requestTree;
  private byte[] requestBytes;
  private byte[] responseBytes;

  @Setup
  public void setUp() throws IOException {
    mapper = GreJson.newObjectMapper();
    requestWriter = mapper.writerFor(GreTunnelCreateRequest.class);
    responseReader = mapper.readerFor(GreTunnelsCreateResult.class);
    boolean object = "object".equals(targetForm);
    String requestJson = REQUEST_HEAD + (object ? "{\"saved\":\"203.0.113.2\"}" : "\"203.0.113.2\"") + "}}";
    String responseJson = RESPONSE_HEAD
        + (object ? "{\"saved\":\"203.0.113.2\",\"effective\":\"203.0.113.2\"}" : "\"203.0.113.2\"") + RESPONSE_TAIL;
    request = mapper.readValue(requestJson, GreTunnelCreateRequest.class);
    requestBytes = requestWriter.writeValueAsBytes(request);
    requestTree = mapper.readTree(requestBytes);
    responseBytes = responseJson.getBytes(StandardCharsets.UTF_8);
    // the fixtures must be what the model reads back, or the comparison means nothing
    GreTunnelsCreateResult parsed = responseReader.readValue(responseBytes);
    if (!"GRE_1".equals(parsed.getResult().getName()) || parsed.getResult().getHealthCheck().getTarget() == null) {
      throw new IllegalStateException("fixture did not parse: " + responseJson);
    }
  }

  @Benchmark
  public byte[] serialiseCreateRequest() throws IOException {
    return requestWriter.writeValueAsBytes(request);
  }

  @Benchmark
  public byte[] baselineSerialiseRequestTree() throws IOException {
    return mapper.writeValueAsBytes(requestTree);
  }

  @Benchmark
  public GreTunnelsCreateResult parseSuccessEnvelope() throws IOException {
    return responseReader.readValue(responseBytes);
  }

  @Benchmark
  public JsonNode baselineParseEnvelopeTree() throws IOException {
    return mapper.readTree(responseBytes);
  }

  @Benchmark
  public JsonNode baselineParseRequestTree() throws IOException {
    return mapper.readTree(requestBytes);
  }
}
