package ai.rensei.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake daemon control API for CLI tests: a JDK HttpServer on 127.0.0.1 answering canned JSON per
 * {@code "METHOD /path?query"}, 404 {@code not found} otherwise, {@code /healthz} 200 {@code ok} unless told. It
 * records every request with its body and Authorization header, and can shut itself down after answering one.
 */
final class FakeDaemon implements AutoCloseable, AfterEachCallback {

    record Request(String method, String target, String body, Optional<String> authorization) {

        String line() {
            return method + " " + target;
        }
    }

    record Reply(int status, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> shutdownAfter = new ConcurrentHashMap<>();

    private FakeDaemon(HttpServer server) {
        this.server = server;
    }

    /** A started fake for a test field: {@code @RegisterExtension final FakeDaemon daemon = FakeDaemon.started();}. */
    static FakeDaemon started() {
        try {
            return start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FakeDaemon start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeDaemon daemon = new FakeDaemon(server);
        server.createContext("/", daemon::answer);
        server.start();
        return daemon;
    }

    /** Answers {@code method target} (target = path plus query) with this status and JSON body. */
    FakeDaemon reply(String method, String target, int status, String body) {
        replies.put(method + " " + target, new Reply(status, body, Map.of()));
        return this;
    }

    /** As {@link #reply(String, String, int, String)}, with extra response headers. */
    FakeDaemon reply(String method, String target, int status, String body, Map<String, String> headers) {
        replies.put(method + " " + target, new Reply(status, body, Map.copyOf(headers)));
        return this;
    }

    /** After answering {@code method target}, the server stops listening (a daemon that exits). */
    FakeDaemon shutDownAfter(String method, String target) {
        shutdownAfter.put(method + " " + target, Boolean.TRUE);
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An environment pointing the CLI here, plus {@code extra}. */
    Map<String, String> env(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put(CliEnvironment.DAEMON_URL, url());
        return env;
    }

    Map<String, String> env() {
        return env(Map.of());
    }

    List<Request> requests() {
        return requests;
    }

    List<String> requestLines() {
        return requests.stream().filter(r -> !r.target().equals("/healthz")).map(Request::line).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String key = exchange.getRequestMethod() + " " + target;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), target, body,
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))));
        Reply reply = replies.getOrDefault(key, target.equals("/healthz")
                ? new Reply(200, "ok", Map.of())
                : new Reply(404, "{\"error\":\"not found\",\"path\":\"" + target + "\"}", Map.of()));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        if (shutdownAfter.containsKey(key)) {
            Thread stopper = new Thread(() -> server.stop(0), "fake-daemon-stop");
            stopper.setDaemon(true);
            stopper.start();
        }
    }
}
