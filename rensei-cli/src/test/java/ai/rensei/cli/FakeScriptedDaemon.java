package ai.rensei.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A JDK HttpServer on 127.0.0.1 answering canned replies per {@code METHOD path}; unknown paths get 404. */
final class FakeScriptedDaemon implements AutoCloseable {

    record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Supplier<Reply>> replies = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    FakeScriptedDaemon() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    FakeScriptedDaemon reply(String request, int status, String body) {
        replies.put(request, () -> new Reply(status, body));
        return this;
    }

    FakeScriptedDaemon reply(String request, Supplier<Reply> reply) {
        replies.put(request, reply);
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        requests.add(request);
        exchange.getRequestBody().readAllBytes();
        Reply reply = replies.getOrDefault(request, () -> new Reply(404, "{\"error\":\"not found\"}")).get();
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
