package dev.donmai.runtime.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The scriptable fault proxy of the protocol conformance suite (protocol.md §9): sits between a daemon and an
 * orchestrator on loopback and, per route, passes requests through, delays them, answers with a status of its own,
 * drops the request (the orchestrator never sees it), drops the response after the orchestrator committed it, or
 * answers a poll with the previous response again (duplicate delivery). Every request it sees is recorded.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "upgrade", "keep-alive", "expect");

    /** What to do with a matching request. */
    public sealed interface Fault {
    }

    /** Forward unchanged. */
    public record Pass() implements Fault {
    }

    /** Wait, then forward. */
    public record Delay(Duration delay) implements Fault {
    }

    /** Answer {@code status} with {@code body} without forwarding. */
    public record Status(int status, String body) implements Fault {
    }

    /** Close the connection without forwarding (a request lost on the way). */
    public record DropRequest() implements Fault {
    }

    /** Forward, then close without answering (a response lost after the orchestrator committed). */
    public record DropResponse() implements Fault {
    }

    /** Forward, and answer with the previous response of the same route when there is one (a duplicate). */
    public record Duplicate() implements Fault {
    }

    /** One rule: method and path pattern, the fault, and how many more requests it applies to (−1 = always). */
    private record Rule(String method, Pattern path, Fault fault, AtomicInteger remaining) {
    }

    /** A request as the proxy saw it. */
    public record Seen(String method, String path, int status) {
    }

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Reply> last = new ConcurrentHashMap<>();
    private volatile URI upstream;

    private record Reply(int status, byte[] body, Map<String, List<String>> headers) {
    }

    private FaultProxy(HttpServer server, URI upstream) {
        this.server = server;
        this.upstream = upstream;
    }

    /** A proxy on a free loopback port forwarding to {@code upstream}. */
    public static FaultProxy start(URI upstream) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FaultProxy proxy = new FaultProxy(server, upstream);
            server.createContext("/", proxy::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fault-proxy");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The proxy's own base URL, to configure as the daemon's {@code orchestrator.url}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Points the proxy at another upstream (an orchestrator restarted on a new port). */
    public void upstream(URI target) {
        upstream = Objects.requireNonNull(target, "target");
    }

    /** Applies {@code fault} to the next {@code times} matching requests (−1 = until {@link #clear()}). */
    public FaultProxy on(String method, String pathRegex, Fault fault, int times) {
        rules.add(new Rule(method, Pattern.compile(pathRegex), fault, new AtomicInteger(times)));
        return this;
    }

    /** Removes every rule: everything passes again. */
    public void clear() {
        rules.clear();
    }

    /** Every request seen so far, in order, with the status the daemon got (0 = no answer). */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    private Fault faultFor(String method, String path) {
        for (Rule rule : rules) {
            if (rule.method().equals(method) && rule.path().matcher(path).matches()) {
                int left = rule.remaining().get();
                if (left == -1 || (left > 0 && rule.remaining().compareAndSet(left, left - 1))) {
                    return rule.fault();
                }
            }
        }
        return new Pass();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Fault fault = faultFor(method, path);
        try {
            if (fault instanceof DropRequest) {
                seen.add(new Seen(method, path, 0));
                exchange.close();
                return;
            }
            if (fault instanceof Status status) {
                seen.add(new Seen(method, path, status.status()));
                send(exchange, new Reply(status.status(), status.body().getBytes(), Map.of()));
                return;
            }
            if (fault instanceof Delay delay) {
                Thread.sleep(delay.delay().toMillis());
            }
            Reply reply = forward(exchange, method, body);
            String key = method + " " + path;
            if (fault instanceof DropResponse) {
                seen.add(new Seen(method, path, 0));
                exchange.close();
                return;
            }
            Reply answer = reply;
            if (fault instanceof Duplicate && last.containsKey(key)) {
                answer = last.get(key);
            }
            last.put(key, reply);
            seen.add(new Seen(method, path, answer.status()));
            send(exchange, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException e) {
            seen.add(new Seen(method, path, 502));
            send(exchange, new Reply(502, "{\"error\":\"upstream unreachable\"}".getBytes(), Map.of()));
        }
    }

    private Reply forward(HttpExchange exchange, String method, byte[] body) throws IOException, InterruptedException {
        URI target = URI.create(upstream + exchange.getRequestURI().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.body(), response.headers().map());
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
