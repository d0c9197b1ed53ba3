package dev.donmai.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault proxy does to requests exactly what it is told, and nothing when told nothing. */
class FaultProxyTest {

    private final AtomicInteger served = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer upstream;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"n\":" + served.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.start();
        proxy = FaultProxy.start(URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.stop(0);
    }

    @Test
    void withoutRulesEverythingPassesThrough() throws Exception {
        assertThat(get("/api/workers/w1/poll").body()).isEqualTo("{\"n\":1}");
        assertThat(proxy.seen()).containsExactly(new FaultProxy.Seen("GET", "/api/workers/w1/poll", 200));
    }

    @Test
    void aStatusOverrideAnswersWithoutReachingTheOrchestratorForAsManyRequestsAsAsked() throws Exception {
        proxy.on("POST", "/api/sessions/.*/completion", new FaultProxy.Status(500, "{\"error\":\"boom\"}"), 2);
        assertThat(post("/api/sessions/s1/completion").statusCode()).isEqualTo(500);
        assertThat(post("/api/sessions/s1/completion").statusCode()).isEqualTo(500);
        assertThat(served).hasValue(0);
        assertThat(post("/api/sessions/s1/completion").statusCode()).isEqualTo(200);
        assertThat(served).hasValue(1);
    }

    @Test
    void aDroppedResponseWasStillCommittedUpstream() {
        proxy.on("POST", ".*/status", new FaultProxy.DropResponse(), 1);
        assertThatThrownBy(() -> post("/api/sessions/s1/status")).isInstanceOf(IOException.class);
        assertThat(served).as("the orchestrator saw it").hasValue(1);
    }

    @Test
    void aDroppedRequestNeverReachesTheOrchestrator() throws Exception {
        // The JDK client retries an idempotent GET once on a closed connection, so drop every attempt.
        proxy.on("GET", ".*/poll", new FaultProxy.DropRequest(), -1);
        assertThatThrownBy(() -> get("/api/workers/w1/poll")).isInstanceOf(IOException.class);
        assertThat(served).hasValue(0);
        proxy.clear();
        assertThat(get("/api/workers/w1/poll").statusCode()).isEqualTo(200);
    }

    @Test
    void aDuplicateRepeatsThePreviousResponseOfTheRoute() throws Exception {
        assertThat(get("/api/workers/w1/poll").body()).isEqualTo("{\"n\":1}");
        proxy.on("GET", ".*/poll", new FaultProxy.Duplicate(), 1);
        assertThat(get("/api/workers/w1/poll").body()).as("the old reply again").isEqualTo("{\"n\":1}");
        assertThat(get("/api/workers/w1/poll").body()).isEqualTo("{\"n\":3}");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(proxy.url().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(proxy.url().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
