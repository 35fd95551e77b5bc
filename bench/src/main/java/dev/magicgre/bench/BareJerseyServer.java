package dev.magicgre.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.json.GreJson;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import dev.magicgre.stub.http.ContainerEdges;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A peer of the load benchmark, the ceiling of the stub's design: one bare Jersey resource on the stub's own
 * Grizzly configuration (same base path, same container edges, same I/O strategy and pools), which reads the
 * whole body and answers the stub's own answer to the operation ({@link FixedAnswers}). No filters, no JSON,
 * no store: what Jersey and Grizzly cost by themselves.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.magicgre.bench.BareJerseyServer --answers DIR
 * [--port 18082]}.
 */
public final class BareJerseyServer {

  private BareJerseyServer() {
  }

  /** Every method on every path under the base path: the answer its {@code X-Bench-Op} header names. */
  @Path("{any: .*}")
  public static final class FixedAnswerResource {

    private static FixedAnswers answers;

    @POST
    public Response post(@HeaderParam(FixedAnswers.OPERATION_HEADER) String operation, byte[] body) {
      return answer(operation);
    }

    @PUT
    public Response put(@HeaderParam(FixedAnswers.OPERATION_HEADER) String operation, byte[] body) {
      return answer(operation);
    }

    @GET
    public Response get(@HeaderParam(FixedAnswers.OPERATION_HEADER) String operation) {
      return answer(operation);
    }

    @DELETE
    public Response delete(@HeaderParam(FixedAnswers.OPERATION_HEADER) String operation, byte[] body) {
      return answer(operation);
    }

    private static Response answer(String operation) {
      FixedAnswers.Answer answer = answers.forOperation(operation);
      return Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> flags = FixedAnswers.flags(args, "--port", "--answers");
    int port = Integer.parseInt(flags.getOrDefault("--port", "18082"));
    FixedAnswerResource.answers = FixedAnswers.load(
        java.nio.file.Path.of(flags.getOrDefault("--answers", "bench/target/answers")));
    ResourceConfig config = new ResourceConfig(FixedAnswerResource.class);
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
    config.property(ServerProperties.BV_FEATURE_DISABLE, true);
    StubSettings settings = StubSettings.defaults().withBindAddress("127.0.0.1").withPort(port);
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
        URI.create("http://127.0.0.1:" + port + StubSettings.BASE_PATH + "/"), config, false);
    ObjectMapper mapper = GreJson.newObjectMapper();
    ContainerEdges.configure(server, mapper, settings);
    // the stub's own transport settings, so that the ceiling is measured on the same container set-up
    StubServer.tuneTransport(server, 2 * Runtime.getRuntime().availableProcessors());
    server.start();
    System.out.println("bare Jersey listening on http://127.0.0.1:" + port + StubSettings.BASE_PATH + "/");
    // Grizzly's threads are daemons: keep the JVM alive until it is killed
    Thread.currentThread().join();
  }
}
