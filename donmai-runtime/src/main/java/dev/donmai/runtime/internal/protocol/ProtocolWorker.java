package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.runtime.api.ProtocolTimings;
import dev.donmai.runtime.api.daemon.config.SigningKey;
import dev.donmai.runtime.internal.daemon.state.OutboxEntry;
import dev.donmai.runtime.internal.daemon.state.OutboxKind;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's worker-protocol client (protocol.md §5–§6): registers (or reuses {@code daemon.jwt}), then runs the
 * heartbeat, poll and outbox loops and a lock refresh per admitted session, until closed. Started once the daemon
 * is {@code ready}; {@link #stopPolling()} on drain and shutdown.
 */
public final class ProtocolWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolWorker.class);
    /** The lease assumed for a resumed attempt until R6 names one (the reference default, §8.4). */
    private static final int RESUMED_LEASE_SECONDS = 120;

    private final OrchestratorClient client;
    private final Registrar registrar;
    private final LinkHealth health = new LinkHealth();
    private final HeartbeatLoop heartbeat;
    private final PollLoop poll;
    private final OutboxDispatcher outbox;
    private final ProtocolTimings timings;
    private final ScheduledExecutorService scheduler;
    private final StateStore store;
    private final LockRefresher locks;
    private final SessionActivity activity;
    private volatile RegistrationState state = RegistrationState.REGISTERING;
    private volatile boolean polling = true;

    private ProtocolWorker(URI url, Supplier<Optional<Secret>> installToken, List<SigningKey> signingKeys, Path home,
            StateStore store, WorkerHost host, String userAgent, ProtocolTimings timings, Clock clock) {
        this.timings = timings;
        AtomicInteger n = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(6, r -> {
            Thread t = new Thread(r, "protocol-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = new OrchestratorClient(url, userAgent, timings);
        this.registrar = new Registrar(client, new CredentialFile(home), installToken, host::registration, timings,
                clock);
        this.heartbeat = new HeartbeatLoop(client, registrar, host, health, timings, clock,
                () -> store.outboxSummary().oldestPendingAt(), new MutationLedger(home, timings.appliedMutationsKept()));
        this.outbox = new OutboxDispatcher(store, client, registrar, timings, clock);
        SignatureCheck signatures = new SignatureCheck(signingKeys);
        if (!signatures.enforced()) {
            LOG.atWarn().addKeyValue("event", "work-items-unsigned")
                    .log("no orchestrator signing key pinned: work item signatures are not checked");
        }
        this.store = store;
        this.activity = new SessionActivity(store, client, registrar, timings, clock, scheduler);
        this.locks = new LockRefresher(client, registrar, host, store, scheduler, timings);
        WorkItemIntake intake = new WorkItemIntake(store, host, signatures,
                () -> registrar.current().map(WorkerCredentials::workerId), clock, this::wakeOutbox, locks::start);
        this.poll = new PollLoop(client, registrar, host, () -> polling && heartbeat.gateOpen(), intake, health,
                clock, new InboxWriter(store));
    }

    /**
     * Starts registration in the background and the loops once registered.
     *
     * @param url       the orchestrator base URL ({@code http(s)://})
     * @param userAgent {@code <brand>-daemon/<version>}
     */
    public static ProtocolWorker start(URI url, Supplier<Optional<Secret>> installToken, List<SigningKey> signingKeys,
            Path home, StateStore store, WorkerHost host, String userAgent, ProtocolTimings timings, Clock clock) {
        ProtocolWorker worker = new ProtocolWorker(url, installToken, signingKeys, home, store, host, userAgent,
                timings, clock);
        worker.scheduler.execute(() -> worker.register(timings.registerRetryInitial()));
        return worker;
    }

    private void register(Duration backoff) {
        if (registrar.current().isEmpty() && !registrar.loadCached()) {
            StringBuilder error = new StringBuilder();
            Registrar.Outcome outcome = registrar.register(error);
            if (outcome == Registrar.Outcome.REFUSED) {
                health.register(false, error.toString());
                state = RegistrationState.FAILING;
                LOG.atError().addKeyValue("event", "registration-refused").log("{}", error);
                return;
            }
            if (outcome == Registrar.Outcome.RETRY) {
                health.register(false, error.toString());
                Duration next = backoff.multipliedBy(2).compareTo(timings.registerRetryMax()) > 0
                        ? timings.registerRetryMax() : backoff.multipliedBy(2);
                LOG.atWarn().addKeyValue("event", "registration-retry").addKeyValue("inMs", backoff.toMillis())
                        .log("{}", error);
                scheduler.schedule(() -> register(next), backoff.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
        }
        health.register(true, null);
        state = RegistrationState.REGISTERED;
        WorkerCredentials creds = registrar.current().orElseThrow();
        LOG.atInfo().addKeyValue("event", "registered").addKeyValue("workerId", creds.workerId())
                .log("registered with the orchestrator");
        resumeLeases();
        guard(heartbeat::tick).run();
        scheduler.scheduleWithFixedDelay(guard(heartbeat::tick), creds.heartbeatInterval().toMillis(),
                creds.heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guard(poll::tick), 0, creds.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guard(outbox::tick), 0, timings.outboxTick().toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(guard(activity::drain), 0, timings.activityInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * After a restart, reports still pending keep their attempt's lease refreshed until they are settled, so the
     * orchestrator does not re-dispatch work whose result is on its way.
     */
    private void resumeLeases() {
        Map<String, OutboxEntry> attempts = new LinkedHashMap<>();
        for (OutboxEntry e : store.pendingOutbox(1000)) {
            if (e.kind() != OutboxKind.NACK) {
                attempts.putIfAbsent(e.sessionId() + ":" + e.attempt(), e);
            }
        }
        attempts.values().forEach(e -> locks.start(e.sessionId(), e.attempt(), e.claimId().orElse(null),
                RESUMED_LEASE_SECONDS));
    }

    private static Runnable guard(Runnable tick) {
        return () -> {
            try {
                tick.run();
            } catch (RuntimeException e) {
                LOG.atWarn().setCause(e).addKeyValue("event", "protocol-tick-failed").log("protocol tick failed");
            }
        };
    }

    /** Runs an outbox pass soon, outside the caller's thread (a new row was written). */
    public void wakeOutbox() {
        if (state == RegistrationState.REGISTERED) {
            try {
                scheduler.execute(guard(outbox::tick));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.atDebug().addKeyValue("event", "outbox-wake-ignored").log("protocol client closed");
            }
        }
    }

    /** A harness event of a session: R7 and R8 for orchestrator sessions once registered. */
    public void sessionEvent(String sessionId, AgentEvent event) {
        if (state == RegistrationState.REGISTERED) {
            activity.onEvent(sessionId, event);
        }
    }

    /** No more polls (drain, shutdown); heartbeat, lock refresh and outbox go on. */
    public void stopPolling() {
        polling = false;
    }

    /** {@code registering}, {@code registered} or {@code failing}. */
    public RegistrationState state() {
        return state;
    }

    public Optional<String> workerId() {
        return registrar.current().map(WorkerCredentials::workerId);
    }

    /** Three failed heartbeat, poll or registration tries in a row. */
    public boolean degraded() {
        return health.degraded();
    }

    /** The {@code registration} block: {@code {state, lastPollAt, lastError, consecutiveFailures, workerId?}}. */
    public ObjectNode registrationJson() {
        ObjectNode out = Json.object().put("state", state.wire());
        Optional<java.time.Instant> lastPoll = health.lastPollAt();
        if (lastPoll.isPresent()) {
            out.put("lastPollAt", lastPoll.get().toString());
        } else {
            out.putNull("lastPollAt");
        }
        Optional<String> error = health.lastError();
        if (error.isPresent()) {
            out.put("lastError", error.get());
        } else {
            out.putNull("lastError");
        }
        out.put("consecutiveFailures", health.consecutiveFailures());
        workerId().ifPresent(id -> out.put("workerId", id));
        return out;
    }

    /** Flushes the outbox for at most {@code drainFlush} (§6.4), then stops every loop. */
    @Override
    public void close() {
        polling = false;
        long deadline = System.nanoTime() + timings.drainFlush().toNanos();
        if (state == RegistrationState.REGISTERED) {
            while (!outbox.empty() && System.nanoTime() < deadline) {
                outbox.tick();
                if (!outbox.empty()) {
                    try {
                        TimeUnit.MILLISECONDS.sleep(Math.min(100, timings.outboxTick().toMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        scheduler.shutdownNow();
        outbox.close();
        try {
            client.close();
        } catch (IOException e) {
            LOG.atDebug().addKeyValue("event", "client-close-failed").log("http client close failed");
        }
    }
}
