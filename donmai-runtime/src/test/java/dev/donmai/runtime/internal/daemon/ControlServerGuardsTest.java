package dev.donmai.runtime.internal.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.runtime.api.daemon.DaemonStartException;
import dev.donmai.runtime.api.daemon.DaemonState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guards of host.md §3.1, in their order, over a real socket against the real Undertow server. */
class ControlServerGuardsTest {

    @TempDir
    Path home;

    private final AtomicReference<DaemonState> state = new AtomicReference<>(DaemonState.READY);
    private ControlServer server;
    private String token;

    @BeforeEach
    void start() throws IOException {
        ControlToken controlToken = ControlToken.mint(home);
        token = Files.readString(home.resolve("control-token")).trim();
        server = new ControlServer(List.of(
                Route.get("/healthz", r -> ApiResponse.text(200, "ok")),
                Route.get("/api/daemon/thing/{id}", r -> ApiResponse.ok(Json.object().put("id", r.param(0)))),
                Route.postJson("/api/daemon/thing", r -> ApiResponse.ok(r.body())),
                Route.post("/api/daemon/act", r -> ApiResponse.action("done"))),
                controlToken, state::get, "127.0.0.1", false);
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTokenFileIsSixtyFourHexAndPrivate() throws IOException {
        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(Files.getPosixFilePermissions(home.resolve("control-token")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:7734", "127.0.0.1", "127.1.2.3:80", "[::1]", "[::1]:7734"})
    void loopbackHostsPass(String host) {
        assertThat(send("GET /healthz", "Host: " + host).status).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:7734", "127.0.0.1.evil.example", "10.0.0.1", "[::2]",
            "localhost:abc", "127.0.0.256"})
    void otherHostsAreForbidden(String host) {
        Reply reply = send("GET /healthz", "Host: " + host);
        assertThat(reply.status).isEqualTo(403);
        assertThat(reply.body).isEqualTo("{\"error\":\"forbidden host\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "https://evil.example", "http://localhost.evil.example", "file://localhost",
            "http://127.0.0.1:3000/path"})
    void foreignOriginsAreForbidden(String origin) {
        Reply reply = send("GET /healthz", "Origin: " + origin);
        assertThat(reply.status).isEqualTo(403);
        assertThat(reply.body).isEqualTo("{\"error\":\"forbidden origin\"}");
    }

    @Test
    void hostIsCheckedBeforeOriginAndOriginBeforeStarting() {
        state.set(DaemonState.STARTING);
        assertThat(send("GET /healthz", "Host: evil.example", "Origin: null").body).contains("forbidden host");
        assertThat(send("GET /healthz", "Origin: null").body).contains("forbidden origin");
        Reply starting = send("GET /healthz");
        assertThat(starting.status).isEqualTo(503);
        assertThat(starting.head).contains("Retry-After: 1");
        assertThat(starting.body).isEqualTo("{\"error\":\"daemon is still starting\",\"status\":\"starting\"}");
        assertThat(send("GET /nowhere").status).as("503 before 404 while starting").isEqualTo(503);
    }

    @Test
    void unknownPathsAre404ExactlyAndTrailingSlashesAreNotFolded() {
        assertThat(send("GET /api/daemon/thing").status).as("only POST exists there").isEqualTo(405);
        Reply reply = send("GET /api/daemon/thing/a/");
        assertThat(reply.status).isEqualTo(404);
        assertThat(reply.body).isEqualTo("{\"error\":\"not found\",\"path\":\"/api/daemon/thing/a/\"}");
        assertThat(send("GET /api/daemon/thing/a").body).isEqualTo("{\"id\":\"a\"}");
    }

    @Test
    void wrongMethodsAre405WithAllowBeforeTheTokenIsChecked() {
        Reply reply = send("DELETE /api/daemon/thing");
        assertThat(reply.status).isEqualTo(405);
        assertThat(reply.head).contains("Allow: POST");
        assertThat(reply.body).isEqualTo("{\"error\":\"method not allowed\",\"allowed\":[\"POST\"]}");
    }

    @Test
    void nonGetsNeedTheExactBearerToken() {
        assertThat(send("POST /api/daemon/act").status).isEqualTo(401);
        assertThat(send("POST /api/daemon/act", "Authorization: Bearer " + token.toUpperCase()).status)
                .isEqualTo(401);
        assertThat(send("POST /api/daemon/act", "Authorization: " + token).status).isEqualTo(401);
        Reply ok = send("POST /api/daemon/act", "Authorization: Bearer " + token);
        assertThat(ok.status).isEqualTo(200);
        assertThat(ok.body).isEqualTo("{\"ok\":true,\"message\":\"done\"}");
        assertThat(ok.head).contains("Content-Type: application/json; charset=utf-8")
                .doesNotContainIgnoringCase("Access-Control");
    }

    @Test
    void theTokenIsCheckedBeforeTheBodySizeAndTheBodyBeforeItsJson() {
        String big = "x".repeat(1024 * 1024 + 1);
        assertThat(sendBody("POST /api/daemon/thing", big, false).status).isEqualTo(401);
        Reply tooLarge = sendBody("POST /api/daemon/thing", big, true);
        assertThat(tooLarge.status).isEqualTo(413);
        assertThat(tooLarge.body).isEqualTo("{\"error\":\"request body too large\"}");
        Reply bad = sendBody("POST /api/daemon/thing", "{\"a\":", true);
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.body).startsWith("{\"error\":\"invalid JSON: ");
        assertThat(sendBody("POST /api/daemon/thing", "[1]", true).body)
                .isEqualTo("{\"error\":\"invalid JSON: body must be an object\"}");
        assertThat(sendBody("POST /api/daemon/thing", "", true).body).as("empty body is fine").isEqualTo("{}");
        assertThat(sendBody("POST /api/daemon/thing", "{\"a\":1}", true).body).isEqualTo("{\"a\":1}");
    }

    @Test
    void aBusyPortIsReportedWithTheSpecMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            ControlServer second = new ControlServer(List.of(), ControlToken.mint(home), state::get, "127.0.0.1",
                    false);
            assertThatThrownBy(() -> second.start(taken.getLocalPort()))
                    .isInstanceOf(DaemonStartException.class)
                    .hasMessage("cannot bind 127.0.0.1:" + taken.getLocalPort() + ": address already in use")
                    .extracting(e -> ((DaemonStartException) e).kind())
                    .isEqualTo(DaemonStartException.Kind.ADDRESS_IN_USE);
        }
    }

    @Test
    void aLifecycleRefusesWhatItsStateDoesNotAllow() {
        Lifecycle lifecycle = new Lifecycle(Instant.EPOCH);
        assertThat(lifecycle.pause()).as("starting").isNull();
        lifecycle.enter(DaemonState.READY);
        assertThat(lifecycle.pause()).isEqualTo("paused");
        assertThat(lifecycle.beginApiDrain()).isTrue();
        assertThat(lifecycle.resume()).isEqualTo("resumed");
        assertThat(lifecycle.beginShutdown()).isTrue();
        assertThat(lifecycle.resume()).as("a shutdown drain cannot be resumed").isNull();
        assertThat(lifecycle.beginApiDrain()).isFalse();
        assertThat(lifecycle.beginShutdown()).as("one shutdown").isFalse();
    }

    private record Reply(int status, String head, String body) {
    }

    private Reply send(String requestLine, String... headers) {
        return raw(requestLine, headers, null, true);
    }

    private Reply sendBody(String requestLine, String body, boolean withToken) {
        return raw(requestLine, withToken ? new String[] {"Authorization: Bearer " + token} : new String[0], body,
                false);
    }

    private Reply raw(String requestLine, String[] headers, String body, boolean defaultHost) {
        int port = server.address().getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder(requestLine + " HTTP/1.1\r\n");
            boolean hostGiven = false;
            for (String h : headers) {
                hostGiven |= h.regionMatches(true, 0, "Host:", 0, 5);
                request.append(h).append("\r\n");
            }
            if (!hostGiven && defaultHost || body != null) {
                request.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                // The server may answer (413) and close before reading a large body.
            }
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new Reply(Integer.parseInt(text.substring(9, 12)), text.substring(0, split),
                    text.substring(split + 4));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
