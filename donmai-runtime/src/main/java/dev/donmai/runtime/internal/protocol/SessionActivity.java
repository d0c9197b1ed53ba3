package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.runtime.api.ProtocolTimings;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.daemon.state.StoredSession;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Best-effort live reports of orchestrator sessions (protocol.md §6): R7 step-heartbeat at most every
 * {@code stepHeartbeatInterval} while events arrive, and R8 activity ({@code response} 2 KiB, {@code action} tool +
 * 1 KiB input, {@code error}) at most one per {@code activityInterval} per session from a queue of 256 that drops the
 * oldest. Neither is retried nor durable.
 */
final class SessionActivity {

    private static final Logger LOG = LoggerFactory.getLogger(SessionActivity.class);
    private static final int QUEUE = 256;
    private static final int RESPONSE_MAX = 2048;
    private static final int ACTION_MAX = 1024;

    private final StateStore store;
    private final OrchestratorClient client;
    private final Registrar registrar;
    private final ProtocolTimings timings;
    private final Clock clock;
    private final Executor sender;
    private final Map<String, Track> tracks = new ConcurrentHashMap<>();

    SessionActivity(StateStore store, OrchestratorClient client, Registrar registrar, ProtocolTimings timings,
            Clock clock, Executor sender) {
        this.store = store;
        this.client = client;
        this.registrar = registrar;
        this.timings = timings;
        this.clock = clock;
        this.sender = sender;
    }

    /** One harness event of a session; control-API sessions are ignored. */
    void onEvent(String sessionId, AgentEvent event) {
        Track track = tracks.computeIfAbsent(sessionId, this::track);
        if (!track.orchestrated) {
            return;
        }
        long now = System.nanoTime();
        if (track.lastStepNanos == 0 || now - track.lastStepNanos >= timings.stepHeartbeatInterval().toNanos()) {
            track.lastStepNanos = now;
            send(track, ProtocolRoute.STEP_HEARTBEAT, "step-heartbeat",
                    Json.object().put("emittedAt", clock.instant().toString()));
        }
        activity(event).ifPresent(a -> {
            synchronized (track) {
                if (track.queue.size() == QUEUE) {
                    track.queue.removeFirst();
                    if (track.dropped++ == 0) {
                        LOG.atWarn().addKeyValue("event", "activity-dropped").addKeyValue("sessionId", sessionId)
                                .log("activity queue full: dropping the oldest entries");
                    }
                }
                track.queue.addLast(a);
            }
        });
    }

    /** Sends the oldest queued activity of each session (run every {@code activityInterval}). */
    void drain() {
        tracks.values().forEach(track -> {
            ObjectNode next;
            synchronized (track) {
                next = track.queue.pollFirst();
            }
            if (next != null) {
                send(track, ProtocolRoute.ACTIVITY, "activity", Json.object().set("activity", next));
            }
        });
        tracks.entrySet().removeIf(e -> e.getValue().orchestrated && e.getValue().queue.isEmpty()
                && store.session(e.getKey()).map(r -> r.handle().state().isTerminal()).orElse(true));
    }

    private Track track(String sessionId) {
        Optional<StoredSession> row = store.session(sessionId);
        return new Track(sessionId, row.map(r -> r.source() == SessionSource.ORCHESTRATOR).orElse(false),
                row.map(StoredSession::attempt).orElse(1), row.flatMap(StoredSession::claimId).orElse(null));
    }

    private void send(Track track, ProtocolRoute route, String path, ObjectNode fields) {
        Optional<WorkerCredentials> creds = registrar.current();
        if (creds.isEmpty()) {
            return;
        }
        ObjectNode body = Json.object().put("workerId", creds.get().workerId());
        if (track.claimId != null) {
            body.put("claimId", track.claimId);
        }
        body.put("attempt", track.attempt);
        body.setAll(fields);
        try {
            sender.execute(() -> client.call(route, "/api/sessions/" + track.sessionId + "/" + path, body,
                    creds.get().runtimeToken(), Optional.empty()));
        } catch (RejectedExecutionException e) {
            LOG.atDebug().addKeyValue("event", "activity-not-sent").log("protocol client closed");
        }
    }

    private Optional<ObjectNode> activity(AgentEvent event) {
        String at = clock.instant().toString();
        if (event instanceof AgentEvent.AssistantText text) {
            return Optional.of(Json.object().put("type", "response").put("content", cut(text.text(), RESPONSE_MAX))
                    .put("at", at));
        }
        if (event instanceof AgentEvent.ToolUse tool) {
            String input = Json.write(Json.MAPPER.valueToTree(tool.input()));
            return Optional.of(Json.object().put("type", "action")
                    .put("content", tool.toolName() + " " + cut(input, ACTION_MAX)).put("at", at));
        }
        if (event instanceof AgentEvent.Error error) {
            return Optional.of(Json.object().put("type", "error").put("content", cut(error.message(), RESPONSE_MAX))
                    .put("at", at));
        }
        return Optional.empty();
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }

    /** One session's reporting state. */
    private static final class Track {
        final String sessionId;
        final boolean orchestrated;
        final int attempt;
        final String claimId;
        final Deque<ObjectNode> queue = new ArrayDeque<>();
        volatile long lastStepNanos;
        int dropped;

        Track(String sessionId, boolean orchestrated, int attempt, String claimId) {
            this.sessionId = sessionId;
            this.orchestrated = orchestrated;
            this.attempt = attempt;
            this.claimId = claimId;
        }
    }
}
