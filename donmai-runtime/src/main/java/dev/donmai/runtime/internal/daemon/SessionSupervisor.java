package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.api.SessionAdmission;
import dev.donmai.runtime.api.SessionEngine;
import dev.donmai.runtime.api.SessionListener;
import dev.donmai.runtime.api.SessionRefusedException;
import dev.donmai.runtime.api.SessionResult;
import dev.donmai.runtime.api.StopResult;
import dev.donmai.runtime.api.daemon.DaemonState;
import dev.donmai.runtime.api.daemon.config.AdmissionDecision;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import dev.donmai.runtime.api.daemon.config.ProjectAdmission;
import dev.donmai.runtime.internal.daemon.state.OrchestratorReports;
import dev.donmai.runtime.internal.daemon.state.OutboxEntry;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.protocol.WorkerHost;
import dev.donmai.runtime.internal.daemon.state.StoredSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's sessions (host.md §3.4, §5.4): admits {@code POST /sessions} bodies in the order of §3.4, starts them
 * on the {@link SessionEngine}, and mirrors every state change into state.db so a restart finds them (sessions.md
 * §15). Live sessions are read from the engine; finished ones from state.db through retention.
 */
final class SessionSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(SessionSupervisor.class);
    private static final int RETAINED_MAX = 200;

    private final SessionEngine engine;
    private final StateStore store;
    private final Lifecycle lifecycle;
    private final Supplier<DaemonConfig> config;
    private final LiveCapacity capacity;
    private final RoutingLog routing;
    private final Clock clock;
    private final Set<String> pidsRecorded = ConcurrentHashMap.newKeySet();
    private final Map<String, ObjectNode> specs = new ConcurrentHashMap<>();
    private volatile Runnable reportsWritten = () -> { };
    private volatile BiConsumer<String, AgentEvent> events = (id, event) -> { };

    SessionSupervisor(SessionEngine engine, StateStore store, Lifecycle lifecycle, Supplier<DaemonConfig> config,
            LiveCapacity capacity, RoutingLog routing, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.lifecycle = lifecycle;
        this.config = config;
        this.capacity = capacity;
        this.routing = routing;
        this.clock = clock;
    }

    /** {@code POST /sessions}: 202 with the accepted handle, or the first failing check of host.md §3.4. */
    ApiResponse submit(ObjectNode body) {
        SessionSpecJson.Result read = SessionSpecJson.read(body);
        if (read instanceof SessionSpecJson.Rejected rejected) {
            return refusal(rejected.error(), rejected.sessionId().orElse(null));
        }
        SessionSpecJson.Parsed parsed = (SessionSpecJson.Parsed) read;
        SessionSpec spec = parsed.spec();
        String id = spec.sessionId();
        synchronized (this) {
            DaemonState state = lifecycle.state();
            if (!state.admits()) {
                return refusal("daemon is " + state.wire(), id);
            }
            if (engine.session(id).isPresent() || store.exists(id)) {
                return ApiResponse.error(409, "session \"" + id + "\" already exists", "sessionId", id);
            }
            AdmissionDecision decision = ProjectAdmission.decide(config.get(), spec);
            if (decision instanceof AdmissionDecision.Refused refused) {
                return refusal(refused.error(), id);
            }
            AdmissionDecision.Admitted admitted = (AdmissionDecision.Admitted) decision;
            if (parsed.unsupportedMode().isPresent()) {
                return refusal("mode \"" + parsed.unsupportedMode().get() + "\" is not supported", id);
            }
            try {
                engine.check(spec);
            } catch (SessionRefusedException e) {
                return refusal(e.refusal().message(), id);
            }
            int active = engine.liveSessions();
            int max = capacity.maxConcurrentSessions();
            if (active >= max) {
                return refusal("at capacity (" + active + "/" + max + " sessions)", id);
            }
            Optional<String> resources = resourceRefusal(spec);
            if (resources.isPresent()) {
                return refusal(resources.get(), id);
            }
            SessionSpec admittedSpec = spec;
            if (admitted.canonicalRepository().isEmpty() && spec.repository() != null) {
                admittedSpec = spec.toBuilder().repository(null).build();
            }
            return start(admittedSpec, parsed.body(), admitted, new SessionAdmission(1, SessionSource.API, null,
                    admitted.canonicalRepository().orElse(null)));
        }
    }

    /** Receives every harness event (the protocol client's step heartbeat and activity). */
    void onEvents(BiConsumer<String, AgentEvent> sink) {
        this.events = sink;
    }

    /** Runs after outbox rows were written for an orchestrator session (the protocol client delivers them). */
    void onReports(Runnable wake) {
        this.reportsWritten = wake;
    }

    /**
     * Steps 5–12 of protocol.md §5.4 for a polled item that passed decode, signature, claim and dedupe: ready →
     * allowlist → mode → harness → toolchain → capacity → row committed and session started.
     */
    WorkerHost.Admitted admitOrchestrated(ObjectNode item, int attempt, String claimId) {
        ObjectNode body = item.deepCopy();
        body.remove(List.of("claim", "signature"));
        SessionSpecJson.Result read = SessionSpecJson.read(body);
        if (read instanceof SessionSpecJson.Rejected rejected) {
            return WorkerHost.Admitted.nack("invalid-work-item", Json.object().put("error", rejected.error()));
        }
        SessionSpecJson.Parsed parsed = (SessionSpecJson.Parsed) read;
        SessionSpec spec = parsed.spec();
        synchronized (this) {
            DaemonState state = lifecycle.state();
            if (!state.admits()) {
                return WorkerHost.Admitted.nack(state == DaemonState.PAUSED ? "paused" : "draining", null);
            }
            if (engine.session(spec.sessionId()).filter(h -> !h.state().isTerminal()).isPresent()) {
                return WorkerHost.Admitted.nack("session-id-conflict", null);
            }
            AdmissionDecision decision = ProjectAdmission.decide(config.get(), spec);
            if (decision instanceof AdmissionDecision.Refused refused) {
                return WorkerHost.Admitted.nack("not-allowed", Json.object().put("error", refused.error()));
            }
            AdmissionDecision.Admitted admitted = (AdmissionDecision.Admitted) decision;
            if (item.path("mode").isTextual() && !item.get("mode").asText().isEmpty()) {
                return WorkerHost.Admitted.nack("unsupported-mode", Json.object().put("mode", item.get("mode").asText()));
            }
            try {
                engine.check(spec);
            } catch (SessionRefusedException e) {
                return WorkerHost.Admitted.nack(nackReason(e.refusal()), nackDetail(e.refusal()));
            }
            int active = engine.liveSessions();
            if (active >= capacity.maxConcurrentSessions()) {
                return WorkerHost.Admitted.nack("at-capacity", Json.object().put("active", active)
                        .put("max", capacity.maxConcurrentSessions()));
            }
            SessionSpec admittedSpec = spec;
            if (admitted.canonicalRepository().isEmpty() && spec.repository() != null) {
                admittedSpec = spec.toBuilder().repository(null).build();
            }
            ApiResponse response = start(admittedSpec, parsed.body(), admitted, new SessionAdmission(attempt,
                    SessionSource.ORCHESTRATOR, claimId, admitted.canonicalRepository().orElse(null)));
            return response.status() == 202 ? WorkerHost.Admitted.started()
                    : WorkerHost.Admitted.nack("harness-unavailable", null);
        }
    }

    private static String nackReason(SessionRefusedException.Refusal refusal) {
        if (refusal instanceof SessionRefusedException.ToolchainUnmetRefusal) {
            return "toolchain-unmet";
        }
        if (refusal instanceof SessionRefusedException.InvalidHarnessOptions) {
            return "invalid-work-item";
        }
        if (refusal instanceof SessionRefusedException.ModeUnsupported) {
            return "unsupported-mode";
        }
        if (refusal instanceof SessionRefusedException.AtCapacity) {
            return "at-capacity";
        }
        if (refusal instanceof SessionRefusedException.EngineClosed) {
            return "draining";
        }
        if (refusal instanceof SessionRefusedException.Duplicate) {
            return "session-id-conflict";
        }
        return "harness-unavailable";
    }

    private static ObjectNode nackDetail(SessionRefusedException.Refusal refusal) {
        if (refusal instanceof SessionRefusedException.ToolchainUnmetRefusal unmet) {
            ObjectNode detail = Json.object();
            ArrayNode list = detail.putArray("unmet");
            unmet.unmet().forEach(u -> {
                ObjectNode entry = list.addObject().put("tool", u.tool()).put("demanded", u.demanded());
                if (u.found() == null) {
                    entry.putNull("found");
                } else {
                    entry.put("found", u.found());
                }
            });
            return detail;
        }
        return Json.object().put("error", refusal.message());
    }

    private ApiResponse start(SessionSpec spec, ObjectNode body, AdmissionDecision.Admitted admitted,
            SessionAdmission admission) {
        String id = spec.sessionId();
        String specJson = json(SessionSpecJson.masked(body));
        Instant now = clock.instant();
        SessionHandle accepted = SessionHandle.builder(id, SessionState.ACCEPTED, now)
                .projectId(spec.projectId()).projectName(spec.projectName()).repository(body.path("repository")
                        .isTextual() ? body.get("repository").asText() : null)
                .organizationId(admitted.org().orElse(spec.organizationId())).source(admission.source()).build();
        store.insertAccepted(StoredSession.accepted(id, admission.attempt(), admission.source(),
                admitted.org().orElse(null), admission.claimId(), specJson, accepted));
        specs.put(id, SessionSpecJson.masked(body));
        try {
            engine.start(spec, admission, new Recorder());
        } catch (SessionRefusedException e) {
            store.recordTerminal(id, SessionState.FAILED, FailureMode.SPAWN, null, null, clock.instant(), null);
            reportsWritten.run();
            return refusal(e.refusal().message(), id);
        }
        SessionHandle handle = engine.session(id).orElse(accepted);
        routing.record(id, handle.harness() == null ? "stub" : handle.harness(), now);
        LOG.atInfo().addKeyValue("event", "session-accepted").addKeyValue("sessionId", id)
                .addKeyValue("harness", handle.harness()).log("session accepted");
        ObjectNode out = SessionViews.handle(handle);
        out.put("state", SessionState.ACCEPTED.wire());
        if (admitted.canonicalRepository().isPresent()) {
            out.put("canonicalRepository", admitted.canonicalRepository().get());
        }
        return ApiResponse.of(202, out);
    }

    /** {@code resources exceed per-session limit (vCpu <v> > <max>)} or {@code (memoryMb <m> > <max>)}. */
    private Optional<String> resourceRefusal(SessionSpec spec) {
        if (spec.resources() == null) {
            return Optional.empty();
        }
        int maxCpu = config.get().primary().capacity().maxVCpuPerSession();
        int maxMem = config.get().primary().capacity().maxMemoryMbPerSession();
        Double cpu = spec.resources().vCpu();
        if (cpu != null && cpu > maxCpu) {
            return Optional.of("resources exceed per-session limit (vCpu "
                    + BigDecimal.valueOf(cpu).stripTrailingZeros().toPlainString() + " > " + maxCpu + ")");
        }
        Long mem = spec.resources().memoryMb();
        if (mem != null && mem > maxMem) {
            return Optional.of("resources exceed per-session limit (memoryMb " + mem + " > " + maxMem + ")");
        }
        return Optional.empty();
    }

    /** {@code POST /sessions/<id>/stop}: the mode is durable before the engine is told. */
    ApiResponse stop(String id) {
        Optional<SessionHandle> live = engine.session(id).filter(h -> !h.state().isTerminal());
        if (live.isEmpty()) {
            return ApiResponse.error(404, "session not found", "sessionId", id);
        }
        store.recordStopMode(id, FailureMode.OPERATOR_CANCELLED);
        StopResult result = engine.stop(id, FailureMode.OPERATOR_CANCELLED);
        if (result instanceof StopResult.NotFound) {
            return ApiResponse.error(404, "session not found", "sessionId", id);
        }
        ObjectNode body = Json.object().put("sessionId", id);
        if (result instanceof StopResult.Unchanged unchanged) {
            body.put("stopped", false).put("state", unchanged.state().wire());
            return ApiResponse.ok(body);
        }
        StopResult.Stopping stopping = (StopResult.Stopping) result;
        LOG.atInfo().addKeyValue("event", "session-stop").addKeyValue("sessionId", id)
                .addKeyValue("mode", stopping.mode().controlWire()).log("session stop requested");
        return ApiResponse.ok(body.put("stopped", true).put("mode", stopping.mode().controlWire()));
    }

    /** StopSession with {@code mode} for the orchestrator (lock refresh, {@code session.kill}); false when not live. */
    boolean stop(String id, FailureMode mode) {
        if (engine.session(id).filter(h -> !h.state().isTerminal()).isEmpty()) {
            return false;
        }
        store.recordStopMode(id, mode);
        return engine.stop(id, mode) instanceof StopResult.Stopping;
    }

    /** Non-terminal sessions, then (with {@code all}) retained finished ones, newest first. */
    ArrayNode list(boolean all) {
        ArrayNode out = Json.array();
        Map<String, SessionHandle> seen = new LinkedHashMap<>();
        for (SessionHandle h : engine.sessions()) {
            if (!h.state().isTerminal()) {
                seen.put(h.sessionId(), h);
            }
        }
        for (StoredSession s : store.nonTerminal()) {
            seen.putIfAbsent(s.sessionId(), s.handle());
        }
        if (all) {
            for (StoredSession s : store.terminalSince(retentionStart(), RETAINED_MAX)) {
                seen.putIfAbsent(s.sessionId(), s.handle());
            }
        }
        seen.values().forEach(h -> out.add(SessionViews.handle(h)));
        return out;
    }

    /** {@code GET /sessions/<id>}: the handle plus the accepted body with env values masked. */
    Optional<ObjectNode> detail(String id) {
        Optional<SessionHandle> handle = engine.session(id);
        Optional<StoredSession> stored = store.session(id);
        if (handle.isEmpty() && stored.isEmpty()) {
            return Optional.empty();
        }
        SessionHandle h = handle.orElseGet(() -> stored.get().handle());
        if (h.state().isTerminal() && stored.isPresent() && stored.get().handle().endedAt() != null
                && stored.get().handle().endedAt().isBefore(retentionStart())) {
            return Optional.empty();
        }
        ObjectNode out = SessionViews.handle(h);
        ObjectNode spec = specs.get(id);
        if (spec == null && stored.isPresent()) {
            spec = SessionViews.parseObject(stored.get().specJson());
        }
        if (spec != null) {
            out.set("spec", spec);
        }
        return Optional.of(out);
    }

    /** Live sessions' handles (for workareas and status). */
    List<SessionHandle> live() {
        List<SessionHandle> out = new ArrayList<>();
        engine.sessions().stream().filter(h -> !h.state().isTerminal()).forEach(out::add);
        return out;
    }

    /** Every session the daemon can show (live and retained), newest first. */
    List<SessionHandle> known() {
        List<SessionHandle> out = new ArrayList<>(live());
        store.terminalSince(retentionStart(), RETAINED_MAX).forEach(s -> out.add(s.handle()));
        return out;
    }

    int active() {
        return engine.liveSessions();
    }

    /** Waits up to {@code timeout} for every live session to end; returns how many are still running. */
    int awaitIdle(Duration timeout, Sleeper sleeper) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (engine.liveSessions() > 0 && System.nanoTime() < deadline) {
            sleeper.pause(Math.min(100, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
        return engine.liveSessions();
    }

    /** Drops finished sessions older than {@code session.retainFinishedSeconds} (at most 200 kept). */
    void purge() {
        int dropped = store.purgeTerminal(retentionStart(), RETAINED_MAX);
        if (dropped > 0) {
            LOG.atDebug().addKeyValue("event", "sessions-purged").addKeyValue("count", dropped)
                    .log("retention dropped finished sessions");
        }
    }

    private Instant retentionStart() {
        return clock.instant().minusSeconds(config.get().primary().session().retainFinishedSeconds());
    }

    private static ApiResponse refusal(String error, String sessionId) {
        return ApiResponse.error(400, error, "sessionId", sessionId);
    }

    private static String json(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits between idle checks. */
    @FunctionalInterface
    interface Sleeper {
        void pause(long millis) throws InterruptedException;
    }

    /** Mirrors one session's life into state.db. */
    private final class Recorder implements SessionListener {

        @Override
        public void onStateChanged(SessionHandle handle) {
            Long pid = handle.pid();
            if (pid != null && pidsRecorded.add(handle.sessionId())) {
                Optional<Instant> start = ProcessHandle.of(pid).flatMap(p -> p.info().startInstant());
                if (start.isPresent()) {
                    store.recordRunning(handle, pid, start.get());
                    reportRunning(handle);
                    return;
                }
            }
            store.recordHandle(handle);
            reportRunning(handle);
        }

        private void reportRunning(SessionHandle handle) {
            if (handle.state() != SessionState.RUNNING) {
                return;
            }
            store.session(handle.sessionId()).flatMap(row -> OrchestratorReports.running(row, clock.instant()))
                    .ifPresent(entry -> {
                        store.enqueueOutbox(entry);
                        reportsWritten.run();
                    });
        }

        @Override
        public void onEvent(String sessionId, AgentEvent event) {
            events.accept(sessionId, event);
        }

        @Override
        public void onFinished(SessionResult result) {
            pidsRecorded.remove(result.sessionId());
            engine.session(result.sessionId()).ifPresent(store::recordHandle);
            String resultJson = json(Json.MAPPER.valueToTree(result.toWire()));
            List<OutboxEntry> reports = store.session(result.sessionId())
                    .map(row -> OrchestratorReports.terminal(row, resultJson, clock.instant())).orElse(List.of());
            store.recordTerminal(result.sessionId(), result.state(), result.failureMode(), result.verdict(),
                    result.exitCode(), result.endedAt(), resultJson, reports);
            if (!reports.isEmpty()) {
                reportsWritten.run();
            }
            LOG.atInfo().addKeyValue("event", "session-finished").addKeyValue("sessionId", result.sessionId())
                    .addKeyValue("state", result.state().wire())
                    .addKeyValue("verdict", result.verdict() == null ? null : result.verdict().wire())
                    .log("session finished");
        }
    }
}
