package dev.donmai.runtime.internal.daemon;

import dev.donmai.runtime.api.daemon.DaemonState;
import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prometheus text exposition at {@code GET 127.0.0.1:<observability.metricsPort>/metrics} (host.md §4.2). Port 0
 * switches it off; a busy port is a warning and no metrics, never a failed start.
 */
final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

    private final StatusViews views;
    private final Lifecycle lifecycle;
    private final SessionSupervisor sessions;
    private final LiveCapacity capacity;
    private final String version;
    private final Undertow undertow;

    private MetricsServer(StatusViews views, Lifecycle lifecycle, SessionSupervisor sessions, LiveCapacity capacity,
            String version, int port) {
        this.views = views;
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.capacity = capacity;
        this.version = version;
        this.undertow = Undertow.builder().addHttpListener(port, "127.0.0.1").setIoThreads(1).setWorkerThreads(1)
                .setHandler(exchange -> {
                    if (!"/metrics".equals(exchange.getRequestPath())) {
                        exchange.setStatusCode(404);
                        exchange.getResponseSender().send("not found");
                        return;
                    }
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; version=0.0.4");
                    exchange.getResponseSender().send(render(), StandardCharsets.UTF_8);
                }).build();
    }

    /** Starts on {@code port}; empty when the port is 0 or busy. */
    static Optional<MetricsServer> start(int port, StatusViews views, Lifecycle lifecycle, SessionSupervisor sessions,
            LiveCapacity capacity, String version) {
        if (port == 0) {
            return Optional.empty();
        }
        MetricsServer server = new MetricsServer(views, lifecycle, sessions, capacity, version, port);
        try {
            server.undertow.start();
            return Optional.of(server);
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("event", "metrics-off").addKeyValue("port", port)
                    .log("metrics port {} is not available; metrics are off", port);
            return Optional.empty();
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        gauge(out, "donmai_daemon_info", "Build information.", "{version=\"" + version + "\"}", 1);
        out.append("# HELP donmai_daemon_state The daemon state (1 for the current one).\n")
                .append("# TYPE donmai_daemon_state gauge\n");
        DaemonState now = lifecycle.state();
        for (DaemonState state : DaemonState.values()) {
            out.append("donmai_daemon_state{state=\"").append(state.wire()).append("\"} ")
                    .append(state == now ? 1 : 0).append('\n');
        }
        gauge(out, "donmai_daemon_active_sessions", "Non-terminal sessions.", "", sessions.active());
        gauge(out, "donmai_daemon_max_sessions", "Live capacity.maxConcurrentSessions.", "",
                capacity.maxConcurrentSessions());
        gauge(out, "donmai_daemon_uptime_seconds", "Seconds since start.", "",
                Duration.between(lifecycle.startedAt(), Instant.now()).toSeconds());
        gauge(out, "donmai_daemon_outbox_pending", "Reports waiting for the orchestrator.", "",
                views.outboxPending());
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, String labels, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(labels).append(' ').append(value).append('\n');
    }

    @Override
    public void close() {
        undertow.stop();
    }
}
