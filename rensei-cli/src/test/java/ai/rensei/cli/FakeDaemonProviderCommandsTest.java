package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.rensei.cli.daemon.DaemonAddress;
import ai.rensei.cli.daemon.DaemonClient;
import ai.rensei.cli.output.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider commands against a fake daemon: a JDK HttpServer on 127.0.0.1 answering canned bodies. */
class FakeDaemonProviderCommandsTest {

    private static final String PROVIDERS = """
            {"providers":[
              {"id":"local","family":"sandbox","name":"Local sandbox","version":"0.1.0","source":"builtin","status":"ready",
               "capabilities":{"isolation":"process","maxConcurrent":8}},
              {"id":"claude","family":"agent-runtime","name":"Claude Code","version":"0.1.0","source":"builtin","status":"unavailable",
               "capabilities":{}}
            ],"partialCoverage":true,"coveredFamilies":["sandbox","agent-runtime"]}""";

    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private Map<String, String> env;

    record Reply(int status, String body) {
    }

    @BeforeEach
    void startFakeDaemon() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        env = Map.of("RENSEI_DAEMON_URL", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopFakeDaemon() {
        server.stop(0);
    }

    @Test
    void listPrintsTheProviderTable() {
        replies.put("/api/daemon/providers", new Reply(200, PROVIDERS));

        CliRun.Result result = CliRun.run(env, "host", "provider", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly(
                "ID      FAMILY         VERSION  STATUS",
                "local   sandbox        0.1.0    ready",
                "claude  agent-runtime  0.1.0    unavailable");
        assertThat(requests).containsExactly("GET /api/daemon/providers");
    }

    @Test
    void listAcceptsABareJsonArray() {
        replies.put("/api/daemon/providers", new Reply(200, "[{\"id\":\"stub\",\"family\":\"agent-runtime\",\"status\":\"ready\"}]"));

        CliRun.Result result = CliRun.run(env, "host", "provider", "list");

        assertThat(result.outLines()).containsExactly(
                "ID    FAMILY         VERSION  STATUS",
                "stub  agent-runtime  -        ready");
    }

    @Test
    void emptyListSaysSo() {
        replies.put("/api/daemon/providers", new Reply(200, "{\"providers\":[],\"partialCoverage\":true,\"coveredFamilies\":[]}"));

        CliRun.Result result = CliRun.run(env, "host", "provider", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("No providers registered");
    }

    @Test
    void jsonPrintsTheDaemonBodyPrettyAndAloneOnStdout() {
        replies.put("/api/daemon/providers", new Reply(200, PROVIDERS));

        CliRun.Result result = CliRun.run(env, "host", "provider", "list", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("{\n  \"providers\": [\n    {\n      \"id\": \"local\",\n").endsWith("}\n");
        assertThat(Json.parse(result.out())).isEqualTo(Json.parse(PROVIDERS));
    }

    @Test
    void flagsOverrideTheEnvironmentAddress() {
        replies.put("/api/daemon/providers", new Reply(200, PROVIDERS));

        CliRun.Result result = CliRun.run(Map.of("RENSEI_DAEMON_URL", "http://127.0.0.1:1"),
                "host", "provider", "list", "--host", "127.0.0.1", "--port", String.valueOf(server.getAddress().getPort()));

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(3);
    }

    @Test
    void showPrintsOneProvider() {
        replies.put("/api/daemon/providers/local", new Reply(200,
                "{\"provider\":{\"id\":\"local\",\"family\":\"sandbox\",\"name\":\"Local sandbox\",\"version\":\"0.1.0\","
                        + "\"source\":\"builtin\",\"status\":\"ready\",\"capabilities\":{\"isolation\":\"process\",\"maxConcurrent\":8}}}"));

        CliRun.Result result = CliRun.run(env, "host", "provider", "show", "local");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "  ID:            local",
                "  Family:        sandbox",
                "  Name:          Local sandbox",
                "  Version:       0.1.0",
                "  Source:        builtin",
                "  Status:        ready",
                "  Capabilities:",
                "    isolation: process",
                "    maxConcurrent: 8");
    }

    @Test
    void showOfAnUnknownProviderPrintsTheDaemonError() {
        CliRun.Result result = CliRun.run(env, "host", "provider", "show", "nope", "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("error: provider not found");
        assertThat(requests).containsExactly("GET /api/daemon/providers/nope");
    }

    @Test
    void rejectedTokenNamesTheTokenFile() {
        replies.put("/api/daemon/providers", new Reply(401, "{\"error\":\"missing or invalid control token\"}"));
        Map<String, String> withHome = Map.of("RENSEI_DAEMON_URL", env.get("RENSEI_DAEMON_URL"), "RENSEI_HOME", "/tmp/rh");

        CliRun.Result result = CliRun.run(withHome, "host", "provider", "list");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).containsExactly("error: control token rejected (/tmp/rh/control-token)");
    }

    @Test
    void deprecatedDaemonAliasWarnsOnceAndBehavesLikeHost() {
        replies.put("/api/daemon/providers", new Reply(200, PROVIDERS));
        CliRun.Result host = CliRun.run(env, "--org", "acme", "host", "provider", "list");

        CliRun.Result alias = CliRun.run(env, "--org", "acme", "daemon", "provider", "list");

        assertThat(alias.exitCode()).isEqualTo(host.exitCode()).isZero();
        assertThat(alias.out()).isEqualTo(host.out());
        assertThat(alias.errLines()).containsExactly(
                "warning: `rensei daemon` is deprecated; use `rensei host` (alias removed in 0.2.0)");
    }

    @Test
    void stillStartingIsRetriedWithinTheBudgetThenFails() {
        replies.put("/api/daemon/providers", new Reply(503, "{\"error\":\"daemon is still starting\",\"status\":\"starting\"}"));
        AtomicLong slept = new AtomicLong();
        DaemonAddress address = new DaemonAddress(URI.create(env.get("RENSEI_DAEMON_URL")));
        DaemonClient client = new DaemonClient(address, CliEnvironment.of(env), slept::addAndGet);

        assertThatThrownBy(() -> client.get("/providers"))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.FAILURE);
                    assertThat(e.lines()).containsExactly("error: daemon is still starting");
                });
        assertThat(slept.get()).isEqualTo(10_000);
        assertThat(requests).hasSize(11);
    }

    @Test
    void nonJsonSuccessIsAnOperationalError() {
        replies.put("/api/daemon/providers", new Reply(200, "<html>"));

        CliRun.Result result = CliRun.run(env, "host", "provider", "list");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).startsWith("error: daemon at http://127.0.0.1:");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        Reply reply = replies.getOrDefault(path, path.startsWith("/api/daemon/providers/")
                ? new Reply(404, "{\"error\":\"provider not found\",\"providerId\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}")
                : new Reply(404, "{\"error\":\"not found\",\"path\":\"" + path + "\"}"));
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (reply.status() == 503) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
