package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.donmai.runtime.api.daemon.DaemonState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The route table of host.md §3.2 and the handlers behind it. */
final class ControlRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ControlRoutes.class);
    private static final String A = ControlServer.API;

    private final StatusViews views;
    private final SessionSupervisor sessions;
    private final WorkareaViews workareas;
    private final RoutingLog routing;
    private final Lifecycle lifecycle;
    private final LiveCapacity capacity;
    private final IntSupplier drainTimeoutSeconds;
    private final Runnable stopNow;
    private final Clock clock;

    ControlRoutes(StatusViews views, SessionSupervisor sessions, WorkareaViews workareas, RoutingLog routing,
            Lifecycle lifecycle, LiveCapacity capacity, IntSupplier drainTimeoutSeconds, Runnable stopNow,
            Clock clock) {
        this.views = views;
        this.sessions = sessions;
        this.workareas = workareas;
        this.routing = routing;
        this.lifecycle = lifecycle;
        this.capacity = capacity;
        this.drainTimeoutSeconds = drainTimeoutSeconds;
        this.stopNow = stopNow;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/healthz", r -> healthz()),
                Route.get(A + "/status", r -> ApiResponse.ok(views.status(clock.instant()))),
                Route.get(A + "/stats", r -> ApiResponse.ok(views.stats(clock.instant(), r.flag("pool"),
                        r.flag("byMachine")))),
                Route.post(A + "/pause", r -> pause()),
                Route.post(A + "/resume", r -> resume()),
                Route.postJson(A + "/drain", this::drain),
                Route.post(A + "/stop", r -> stop()),
                Route.post(A + "/update", r -> update()),
                Route.postJson(A + "/capacity", this::capacity),
                Route.get(A + "/sessions", r -> ApiResponse.ok(sessions.list(r.flag("all")))),
                Route.postJson(A + "/sessions", r -> sessions.submit(r.body())),
                Route.get(A + "/sessions/{id}", r -> sessions.detail(r.param(0)).map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.error(404, "session not found", "sessionId", r.param(0)))),
                Route.postJson(A + "/sessions/{id}/stop", this::stopSession),
                Route.get(A + "/workareas", r -> ApiResponse.ok(workareas.all(sessions.known()))),
                Route.get(A + "/workareas/{id}", r -> workareas.find(r.param(0), sessions.known())
                        .map(w -> ApiResponse.ok(Json.object().set("workarea", w)))
                        .orElseGet(() -> ApiResponse.error(404, "workarea not found", "workareaId", r.param(0)))),
                Route.get(A + "/providers", r -> ApiResponse.ok(views.providers())),
                Route.get(A + "/providers/{id}", r -> views.provider(r.param(0)).map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.error(404, "provider not found", "providerId", r.param(0)))),
                Route.get(A + "/routing/config", r -> ApiResponse.ok(views.routingConfig(clock.instant()))),
                Route.get(A + "/routing/explain/{id}", r -> routing.explain(r.param(0)).map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.error(404, "session not found", "sessionId", r.param(0)))),
                Route.get(A + "/doctor", r -> ApiResponse.ok(views.doctor(clock.instant()))),
                Route.get(A + "/heartbeat", r -> ApiResponse.ok(Json.object())));
    }

    private ApiResponse healthz() {
        DaemonState state = lifecycle.state();
        if (state.healthy()) {
            return ApiResponse.text(200, "ok");
        }
        return ApiResponse.of(503, Json.object().put("error", "daemon is " + state.wire())
                .put("status", state.wire()));
    }

    private ApiResponse pause() {
        String message = lifecycle.pause();
        return message != null ? ApiResponse.action(message)
                : ApiResponse.actionError(409, "cannot pause while daemon is " + lifecycle.state().wire());
    }

    private ApiResponse resume() {
        String message = lifecycle.resume();
        return message != null ? ApiResponse.action(message)
                : ApiResponse.actionError(409, "cannot resume while daemon is " + lifecycle.state().wire());
    }

    /** Blocks until idle or the timeout; never kills anything and leaves the daemon draining. */
    private ApiResponse drain(ApiRequest r) {
        JsonNode value = r.field("timeoutSeconds");
        int timeout;
        if (value.isMissingNode() || value.isNull()) {
            timeout = 0;
        } else if (!value.isIntegralNumber()) {
            return ApiResponse.error(400, "invalid JSON: timeoutSeconds must be an integer");
        } else if (value.asLong() < 0) {
            return ApiResponse.actionError(400, "timeoutSeconds must be >= 0");
        } else {
            timeout = (int) Math.min(Integer.MAX_VALUE, value.asLong());
        }
        if (timeout == 0) {
            timeout = drainTimeoutSeconds.getAsInt();
        }
        if (!lifecycle.beginApiDrain()) {
            return ApiResponse.actionError(409, "cannot drain while daemon is " + lifecycle.state().wire());
        }
        LOG.atInfo().addKeyValue("event", "drain-started").addKeyValue("timeoutSeconds", timeout).log("draining");
        int remaining;
        try {
            remaining = sessions.awaitIdle(Duration.ofSeconds(timeout), Thread::sleep);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            remaining = sessions.active();
        }
        if (remaining > 0) {
            String message = "drain incomplete: " + remaining + " session(s) still running after " + timeout + "s";
            return ApiResponse.of(409, Json.object().put("error", message).put("ok", false).put("message", message)
                    .put("remaining", remaining));
        }
        return ApiResponse.ok(Json.object().put("ok", true).put("message", "drained (timeout " + timeout + "s)")
                .put("remaining", 0));
    }

    private ApiResponse stop() {
        stopNow.run();
        return ApiResponse.action("stopping");
    }

    private ApiResponse update() {
        DaemonState state = lifecycle.state();
        if (state != DaemonState.READY && state != DaemonState.PAUSED) {
            return ApiResponse.actionError(409, "cannot update while daemon is " + state.wire());
        }
        String message = "no update source configured";
        return ApiResponse.of(409, Json.object().put("error", message).put("ok", false).put("message", message)
                .put("code", "update_unavailable"));
    }

    private ApiResponse capacity(ApiRequest r) {
        JsonNode key = r.field("key");
        if (!key.isTextual()) {
            return ApiResponse.actionError(400, "unknown key \"" + (key.isMissingNode() ? "" : key.asText()) + "\"");
        }
        String name = key.asText();
        if (!name.equals("capacity.maxConcurrentSessions") && !name.equals("capacity.poolMaxDiskGb")) {
            return ApiResponse.actionError(400, "unknown key \"" + name + "\"");
        }
        JsonNode value = r.field("value");
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > Integer.MAX_VALUE) {
            return ApiResponse.actionError(400, "value must be a non-negative integer");
        }
        int v = value.asInt();
        if (name.equals("capacity.maxConcurrentSessions")) {
            capacity.setMaxConcurrentSessions(v);
        } else {
            capacity.setPoolMaxDiskGb(v);
        }
        LOG.atInfo().addKeyValue("event", "capacity-changed").addKeyValue("key", name).addKeyValue("value", v)
                .log("capacity changed");
        return ApiResponse.ok(Json.object().put("ok", true).put("message", "applied").put("key", name)
                .put("value", v));
    }

    private ApiResponse stopSession(ApiRequest r) {
        JsonNode reason = r.field("reason");
        if (!reason.isMissingNode() && !reason.isNull() && !reason.isTextual()) {
            return ApiResponse.error(400, "invalid JSON: reason must be a string");
        }
        return sessions.stop(r.param(0));
    }
}
