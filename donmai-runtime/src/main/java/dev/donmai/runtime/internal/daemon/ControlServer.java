package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.daemon.DaemonStartException;
import dev.donmai.runtime.api.daemon.DaemonState;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;

/**
 * The control API's HTTP server (host.md §3): Undertow on the bind address, every request through the guards of
 * §3.1 in their order — Host, Origin, starting, unknown path, method, control token, body size, JSON — then the
 * route's handler. No CORS headers are ever sent.
 */
final class ControlServer implements AutoCloseable {

    static final String API = "/api/daemon";
    static final int MAX_BODY = 1024 * 1024;
    static final long DRAIN_LIMIT = 4L * MAX_BODY;

    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

    private final List<Route> routes;
    private final ControlToken token;
    private final Supplier<DaemonState> state;
    private final boolean allowRemote;
    private final String bindHost;
    private final GracefulShutdownHandler graceful = Handlers.gracefulShutdown(this::handle);
    private Undertow undertow;
    private InetSocketAddress bound;

    ControlServer(List<Route> routes, ControlToken token, Supplier<DaemonState> state, String bindHost,
            boolean allowRemote) {
        this.routes = List.copyOf(routes);
        this.token = token;
        this.state = state;
        this.bindHost = bindHost;
        this.allowRemote = allowRemote;
    }

    /** Binds and starts serving; {@code port} 0 picks a free port. */
    void start(int port) {
        Undertow server = Undertow.builder()
                .addHttpListener(port, bindHost)
                .setIoThreads(2)
                .setWorkerThreads(16)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, MAX_BODY + DRAIN_LIMIT + 1)
                .setSocketOption(Options.REUSE_ADDRESSES, true)
                .setHandler(graceful)
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw new DaemonStartException(DaemonStartException.Kind.ADDRESS_IN_USE,
                        "cannot bind " + bindHost + ":" + port + ": address already in use", e);
            }
            throw e;
        }
        undertow = server;
        bound = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
    }

    /** The address actually bound. */
    InetSocketAddress address() {
        return bound;
    }

    private void handle(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch((HttpHandler) this::handle);
            return;
        }
        ApiResponse response;
        try {
            response = guarded(exchange);
        } catch (RuntimeException e) {
            LOG.atError().setCause(e).addKeyValue("event", "control-api-error")
                    .addKeyValue("path", exchange.getRequestPath()).log("control API handler failed");
            response = ApiResponse.error(500, "internal error");
        }
        send(exchange, response);
    }

    private ApiResponse guarded(HttpServerExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
        if (host != null && !allowedHost(host)) {
            return ApiResponse.error(403, "forbidden host");
        }
        String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
        if (origin != null && !allowedOrigin(origin)) {
            return ApiResponse.error(403, "forbidden origin");
        }
        DaemonState now = state.get();
        if (now == DaemonState.STARTING) {
            return ApiResponse.of(503, Json.object().put("error", "daemon is still starting")
                    .put("status", "starting")).withHeader("Retry-After", "1");
        }
        String path = exchange.getRequestPath();
        String method = exchange.getRequestMethod().toString();
        Set<String> allowed = new LinkedHashSet<>();
        Route route = null;
        List<String> params = null;
        for (Route candidate : routes) {
            List<String> match = candidate.match(path);
            if (match != null) {
                allowed.add(candidate.method());
                if (candidate.method().equals(method) && route == null) {
                    route = candidate;
                    params = match;
                }
            }
        }
        if (allowed.isEmpty()) {
            return ApiResponse.of(404, Json.object().put("error", "not found").put("path", path));
        }
        if (route == null) {
            ObjectNode body = Json.object().put("error", "method not allowed");
            allowed.forEach(body.putArray("allowed")::add);
            return ApiResponse.of(405, body).withHeader("Allow", String.join(", ", allowed));
        }
        boolean remotePeer = !exchange.getSourceAddress().getAddress().isLoopbackAddress();
        if ((!"GET".equals(method) || (allowRemote && remotePeer))
                && !token.accepts(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
            return ApiResponse.error(401, "missing or invalid control token");
        }
        byte[] raw;
        try {
            raw = readBody(exchange);
        } catch (IOException e) {
            return ApiResponse.error(400, "invalid JSON: " + e.getMessage());
        }
        if (raw == null) {
            return ApiResponse.error(413, "request body too large");
        }
        ObjectNode body = Json.object();
        if (route.body() == Route.Body.JSON && raw.length > 0
                && !new String(raw, StandardCharsets.UTF_8).isBlank()) {
            try {
                JsonNode parsed = Json.MAPPER.readTree(raw);
                if (!(parsed instanceof ObjectNode object)) {
                    return ApiResponse.error(400, "invalid JSON: body must be an object");
                }
                body = object;
            } catch (JacksonException e) {
                return ApiResponse.error(400, "invalid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                return ApiResponse.error(400, "invalid JSON: " + e.getMessage());
            }
        }
        return route.handler().handle(new ApiRequest(params, exchange.getQueryParameters(), body));
    }

    /**
     * The body, or {@code null} when it is larger than 1 MiB. An oversized body is still read (and discarded) up to
     * {@link #DRAIN_LIMIT}, so a client still writing it gets the 413 instead of a reset connection.
     */
    private static byte[] readBody(HttpServerExchange exchange) throws IOException {
        exchange.startBlocking();
        try (InputStream in = exchange.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length <= MAX_BODY) {
                return bytes;
            }
            drain(in);
            return null;
        }
    }

    /** Reads and drops what is left of an oversized body, up to the drain limit; any read error ends the drain. */
    private static void drain(InputStream in) {
        byte[] sink = new byte[64 * 1024];
        long skipped = 0;
        try {
            for (int n = in.read(sink); n > 0 && skipped < DRAIN_LIMIT; n = in.read(sink)) {
                skipped += n;
            }
        } catch (IOException e) {
            // Past Undertow's entity limit or a client that went away: the 413 is still the answer.
        }
    }

    private static void send(HttpServerExchange exchange, ApiResponse response) {
        exchange.setStatusCode(response.status());
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().put(new HttpString(name), value));
        if (response.json() == null) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
            exchange.getResponseSender().send(response.text(), StandardCharsets.UTF_8);
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        try {
            exchange.getResponseSender().send(Json.MAPPER.writeValueAsString(response.json()), StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}, optional port; {@code --allow-remote} adds the bind host. */
    boolean allowedHost(String hostHeader) {
        String host = stripPort(hostHeader.trim());
        if (host == null) {
            return false;
        }
        return loopbackName(host) || (allowRemote && host.equalsIgnoreCase(bindHost));
    }

    /** {@code http(s)://<loopback>[:port]}; {@code null} is refused. */
    static boolean allowedOrigin(String origin) {
        URI uri;
        try {
            uri = new URI(origin.trim());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return false;
        }
        String host = uri.getHost();
        if (host == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath())) {
            return false;
        }
        return loopbackName(host);
    }

    static boolean loopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
            return true;
        }
        if (h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
            for (String part : h.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The host of a {@code Host} header without its port; {@code null} when malformed. */
    private static String stripPort(String value) {
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return null;
            }
            String rest = value.substring(end + 1);
            if (!rest.isEmpty() && !rest.matches(":\\d{1,5}")) {
                return null;
            }
            return value.substring(0, end + 1);
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return value;
        }
        if (!value.substring(colon + 1).matches("\\d{1,5}")) {
            return null;
        }
        return value.substring(0, colon);
    }

    /** True for an address the daemon may bind without {@code --allow-remote}. */
    static boolean loopbackAddress(String host) {
        if (loopbackName(host)) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Stops accepting requests, lets the ones in flight answer for up to {@code grace}, then unbinds. */
    void close(java.time.Duration grace) {
        if (undertow == null) {
            return;
        }
        graceful.shutdown();
        try {
            graceful.awaitShutdown(Math.max(1, grace.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        undertow = null;
    }

    @Override
    public void close() {
        close(java.time.Duration.ZERO);
    }
}
