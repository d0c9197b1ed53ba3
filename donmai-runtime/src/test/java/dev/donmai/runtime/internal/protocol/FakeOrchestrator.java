package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.donmai.runtime.spi.CanonicalJson;

/**
 * A small orchestrator on loopback speaking the wire format of protocol.md §2 (JDK HttpServer): registers workers,
 * hands out queued items pre-claimed, answers lock refresh, records every request. Scriptable per route: a queue of
 * status overrides, a delay, a dropped connection.
 */
final class FakeOrchestrator implements AutoCloseable {

    static final String INSTALL_TOKEN = "install-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORKER = Pattern.compile("/api/workers/([^/]+)/([a-z-]+)");
    private static final Pattern SESSION = Pattern.compile("/api/sessions/([^/]+)/([a-z-]+)");

    /** One request as received. */
    record Received(String route, String path, String authorization, String userAgent, String idempotencyKey,
            ObjectNode body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> overrides = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final Map<String, Deque<ObjectNode>> lockReplies = new ConcurrentHashMap<>();
    private final Deque<ObjectNode> queue = new ConcurrentLinkedDeque<>();
    private final Deque<ObjectNode> mutations = new ConcurrentLinkedDeque<>();
    private final Map<String, Deque<ObjectNode>> inbox = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger workers = new AtomicInteger();
    private final AtomicInteger claims = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile String hostStatus = "ok";
    private volatile KeyPair signer;
    private volatile int heartbeatIntervalMs = 1000;
    private volatile Duration tokenTtl;

    FakeOrchestrator() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-orchestrator");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The next {@code times} answers of {@code route} are {@code status} (0 = drop the connection). */
    FakeOrchestrator override(String route, int status, int times) {
        Deque<Integer> q = overrides.computeIfAbsent(route, r -> new ConcurrentLinkedDeque<>());
        for (int i = 0; i < times; i++) {
            q.add(status);
        }
        return this;
    }

    /** Forgets the overrides still queued for {@code route}. */
    FakeOrchestrator clearOverrides(String route) {
        overrides.remove(route);
        return this;
    }

    FakeOrchestrator delay(String route, Duration delay) {
        delays.put(route, delay);
        return this;
    }

    /** The next lock-refresh answer for {@code sessionId}. */
    FakeOrchestrator lockReply(String sessionId, ObjectNode reply) {
        lockReplies.computeIfAbsent(sessionId, s -> new ConcurrentLinkedDeque<>()).add(reply);
        return this;
    }

    /** Sends {@code {id, op, params}} in the next heartbeat answer's {@code pendingMutations}. */
    FakeOrchestrator mutation(String id, String op, ObjectNode params) {
        mutations.add(JSON.createObjectNode().put("id", id).put("op", op).put("requestedAt", Instant.now().toString())
                .put("requestedBy", "test").set("params", params));
        return this;
    }

    /** Runtime tokens issued from now on expire after {@code ttl} ({@code runtimeTokenExpiresAt}). */
    FakeOrchestrator tokenTtl(Duration ttl) {
        this.tokenTtl = ttl;
        return this;
    }

    /** Sends {@code message} for {@code sessionId} in the next poll answer's {@code inboxMessages}. */
    FakeOrchestrator inbox(String sessionId, ObjectNode message) {
        inbox.computeIfAbsent(sessionId, s -> new ConcurrentLinkedDeque<>()).add(message);
        return this;
    }

    FakeOrchestrator hostStatus(String status) {
        this.hostStatus = status;
        return this;
    }

    FakeOrchestrator signWith(KeyPair keys) {
        this.signer = keys;
        return this;
    }

    /** Queues an item; the next poll hands it out with a claim (signed when a signer is set). */
    FakeOrchestrator enqueue(ObjectNode item) {
        queue.add(item);
        return this;
    }

    List<Received> received(String route) {
        List<Received> out = new ArrayList<>();
        received.stream().filter(r -> r.route().equals(route)).forEach(out::add);
        return out;
    }

    List<Received> answered(String route, int status) {
        List<Received> out = new ArrayList<>();
        received.stream().filter(r -> r.route().equals(route) && r.answered() == status).forEach(out::add);
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String route = route(path);
            ObjectNode body = parse(exchange.getRequestBody().readAllBytes());
            Duration delay = delays.get(route);
            if (delay != null) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer override = Optional.ofNullable(overrides.get(route)).map(Deque::poll).orElse(null);
            record(route, path, exchange, body, override == null ? 200 : override);
            if (override != null && override == 0) {
                exchange.getResponseBody().close();
                return;
            }
            if (override != null) {
                send(exchange, override, JSON.createObjectNode().put("error", override == 401
                        ? "unauthorized" : override == 404 ? "Worker not found" : "scripted " + override));
                return;
            }
            send(exchange, 200, answer(route, path, exchange, body));
        }
    }

    private void record(String route, String path, HttpExchange exchange, ObjectNode body, int status) {
        received.add(new Received(route, path, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"), body, status));
    }

    private ObjectNode answer(String route, String path, HttpExchange exchange, ObjectNode body) {
        ObjectNode out = JSON.createObjectNode();
        switch (route) {
            case "register": {
                String id = "w-" + workers.incrementAndGet();
                String token = "rt-" + id + "-" + tokens.size();
                tokens.put(id, token);
                out.put("workerId", id).put("heartbeatInterval", heartbeatIntervalMs).put("pollInterval", 1000)
                        .put("runtimeToken", token);
                return expiring(out);
            }
            case "refresh-token": {
                Matcher m = WORKER.matcher(path);
                m.matches();
                String token = "rt-" + m.group(1) + "-r" + refreshes.incrementAndGet();
                tokens.put(m.group(1), token);
                return expiring(out.put("runtimeToken", token));
            }
            case "heartbeat":
                out.put("acknowledged", true).put("serverTime", Instant.now().toString()).put("pendingWorkCount", 0);
                out.putObject("hostStatus").put("status", hostStatus);
                ArrayNode pending = out.putArray("pendingMutations");
                ObjectNode mutation;
                while ((mutation = mutations.poll()) != null) {
                    pending.add(mutation);
                }
                return out;
            case "poll": {
                Matcher m = WORKER.matcher(path);
                m.matches();
                ArrayNode work = out.putArray("work");
                ObjectNode item;
                while ((item = queue.poll()) != null) {
                    ObjectNode claimed = item.deepCopy();
                    if (!claimed.has("claim")) {
                        claimed.putObject("claim").put("id", "clm_" + claims.incrementAndGet()).put("attempt", 1)
                                .put("workerId", m.group(1)).put("claimedAt", Instant.now().toString())
                                .put("leaseSeconds", 6);
                    }
                    if (signer != null && !claimed.has("signature")) {
                        claimed.set("signature", sign(claimed));
                    }
                    work.add(claimed);
                }
                out.put("preClaimed", true);
                ObjectNode messages = out.putObject("inboxMessages");
                inbox.forEach((id, q) -> {
                    ObjectNode message;
                    while ((message = q.poll()) != null) {
                        messages.withArray(id).add(message);
                    }
                });
                return out;
            }
            case "lock-refresh": {
                Matcher m = SESSION.matcher(path);
                m.matches();
                ObjectNode scripted = Optional.ofNullable(lockReplies.get(m.group(1))).map(Deque::poll).orElse(null);
                return scripted != null ? scripted : out.put("leaseOk", true).put("leaseSeconds", 6);
            }
            case "status":
                return out.put("accepted", true).put("state", body.path("status").asText());
            case "nack":
                return out.put("requeued", true).put("state", "queued");
            default:
                return out.put("accepted", true);
        }
    }

    private ObjectNode expiring(ObjectNode out) {
        Duration ttl = tokenTtl;
        return ttl == null ? out : out.put("runtimeTokenExpiresAt", Instant.now().plus(ttl).toString());
    }

    private ObjectNode sign(ObjectNode item) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(signer.getPrivate());
            s.update(CanonicalJson.utf8(JSON.convertValue(item, Object.class)));
            byte[] raw = java.util.Arrays.copyOfRange(signer.getPublic().getEncoded(), 12, 44);
            return JSON.createObjectNode().put("keyId", dev.donmai.runtime.api.daemon.config.SigningKey
                    .of(Base64.getEncoder().encodeToString(raw)).keyId()).put("alg", "ed25519")
                    .put("value", Base64.getUrlEncoder().withoutPadding().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String route(String path) {
        Matcher w = WORKER.matcher(path);
        if (w.matches()) {
            return w.group(2);
        }
        if ("/api/workers/register".equals(path)) {
            return "register";
        }
        Matcher s = SESSION.matcher(path);
        return s.matches() ? s.group(2) : "unknown";
    }

    private static ObjectNode parse(byte[] bytes) {
        try {
            JsonNode node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            return node instanceof ObjectNode o ? o : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
