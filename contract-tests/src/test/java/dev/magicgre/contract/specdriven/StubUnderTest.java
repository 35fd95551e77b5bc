package dev.magicgre.contract.specdriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.StubSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The stub started in-process on an ephemeral port, reached over real HTTP/1.1 (the JDK client's HTTP/2 upgrade
 * attempt hangs against Grizzly). Before each case the account is given a few tunnels, so that
 * updates and deletes have ids that exist (a rule the spec can only say in prose); see {@link #ready()}.
 */
final class StubUnderTest implements AutoCloseable {

    static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
    static final String TUNNELS = "/accounts/" + ACCOUNT + "/magic/gre_tunnels";
    static final int SEEDS = 3;
    private static final int MAX_TUNNELS = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    /** A tunnel created before a case. */
    record Seed(String id, String name) {
    }

    /** What the stub answered. */
    record Answer(int status, String text, JsonNode json) {
        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private final StubServer server;
    private final String base;

    StubUnderTest() {
        this.server = StubServer.start(StubSettings.ephemeral());
        URI uri = server.baseUri();
        this.base = uri.toString().replaceAll("/$", "");
    }

    /**
     * The account's tunnels, at least {@link #SEEDS} of them: created when deletes left fewer, and the store
     * emptied first when creates made it large. Cheaper than a fresh store per case; the callers take every name
     * returned as taken.
     */
    List<Seed> ready() {
        if (tunnels().size() > MAX_TUNNELS) {
            server.store().clear();
        }
        for (int i = 0; tunnels().size() < SEEDS; i++) {
            String body = "{\"name\":\"SEED_" + System.nanoTime() % 1_000_000_000 + "\",\"cloudflare_gre_endpoint\":\"203.0.113.1\","
                    + "\"customer_gre_endpoint\":\"203.0.113." + (10 + i) + "\",\"interface_address\":\"10.0.0." + (2 * i) + "/31\"}";
            Answer answer = send(new GeneratedRequest("POST", TUNNELS, null, null, read(body)));
            if (answer.status() != 200) {
                throw new IllegalStateException("could not seed the stub: " + answer);
            }
        }
        return tunnels().stream().map(t -> new Seed(t.getId(), t.getName())).toList();
    }

    List<GreTunnel> tunnels() {
        return server.store().list(ACCOUNT);
    }

    Answer send(GeneratedRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(request.body().toString(), StandardCharsets.UTF_8));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException notJson) {
                // left null: the assertion names the raw answer
            }
            return new Answer(response.statusCode(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
