package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.runtime.api.ProtocolTimings;
import dev.donmai.runtime.internal.daemon.state.OutboxState;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.daemon.state.StoredSession;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R6 per orchestrator session (protocol.md §6, §6.2): at once on acceptance, then every clamp(leaseSeconds/3) until
 * the attempt is terminal and its reports are settled. {@code stop:true} stops the session ({@code timeout} or
 * {@code operator-cancelled}); {@code leaseOk:false}, 409 and 410 stop it as {@code lost-ownership} at once, as do
 * three 404s in a row. An unreachable orchestrator never stops a session.
 */
final class LockRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(LockRefresher.class);
    private static final int TICK_RETRIES = 3;

    private final OrchestratorClient client;
    private final Registrar registrar;
    private final WorkerHost host;
    private final StateStore store;
    private final ScheduledExecutorService scheduler;
    private final ProtocolTimings timings;

    LockRefresher(OrchestratorClient client, Registrar registrar, WorkerHost host, StateStore store,
            ScheduledExecutorService scheduler, ProtocolTimings timings) {
        this.client = client;
        this.registrar = registrar;
        this.host = host;
        this.store = store;
        this.scheduler = scheduler;
        this.timings = timings;
    }

    /** Starts refreshing the lease of an accepted session at once. */
    void start(String sessionId, int attempt, @Nullable String claimId, int leaseSeconds) {
        Lease lease = new Lease(sessionId, attempt, claimId, leaseSeconds);
        schedule(() -> lease.tick(0), Duration.ZERO);
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.atDebug().addKeyValue("event", "lock-refresh-stopped").log("scheduler closed");
        }
    }

    /** One session attempt's lease. */
    private final class Lease {
        private final String sessionId;
        private final int attempt;
        private final String claimId;
        private int leaseSeconds;
        private int notFound;
        private boolean stopped;

        Lease(String sessionId, int attempt, @Nullable String claimId, int leaseSeconds) {
            this.sessionId = sessionId;
            this.attempt = attempt;
            this.claimId = claimId;
            this.leaseSeconds = leaseSeconds;
        }

        void tick(int retry) {
            Optional<StoredSession> row = store.session(sessionId);
            if (row.isEmpty() || row.get().attempt() != attempt || settled(row.get())) {
                return;
            }
            Optional<WorkerCredentials> creds = registrar.current();
            if (creds.isEmpty()) {
                schedule(() -> tick(0), cadence());
                return;
            }
            Reply reply = refresh(creds.get(), row.get());
            if (reply.status() == 401) {
                Optional<WorkerCredentials> renewed = registrar.recover(creds.get(), OutboxDispatcher.reason(reply));
                if (renewed.isPresent()) {
                    reply = refresh(renewed.get(), row.get());
                }
            }
            if (reply.ok()) {
                notFound = 0;
                ObjectNode body = reply.body();
                if (body.path("stop").asBoolean(false)) {
                    stop("timeout".equals(body.path("reason").asText()) ? FailureMode.TIMEOUT
                            : FailureMode.OPERATOR_CANCELLED, body.path("reason").asText(""));
                } else if (body.has("leaseOk") && !body.path("leaseOk").asBoolean(true)) {
                    stop(FailureMode.LOST_OWNERSHIP, body.path("reason").asText("lease refused"));
                } else if (body.path("leaseSeconds").canConvertToInt() && body.path("leaseSeconds").asInt() > 0) {
                    leaseSeconds = body.path("leaseSeconds").asInt();
                }
            } else if (reply.status() == 409 || reply.status() == 410) {
                stop(FailureMode.LOST_OWNERSHIP, reply.describe());
            } else if (reply.status() == 404) {
                if (++notFound >= ProtocolTimings.NOT_FOUND_LIMIT) {
                    stop(FailureMode.LOST_OWNERSHIP, reply.describe());
                }
            } else if (reply.retryable() && retry < TICK_RETRIES) {
                schedule(() -> tick(retry + 1), timings.lockRefreshRetry().multipliedBy(1L << retry));
                return;
            }
            schedule(() -> tick(0), cadence());
        }

        private Reply refresh(WorkerCredentials creds, StoredSession row) {
            ObjectNode body = Json.object().put("workerId", creds.workerId());
            String claim = row.claimId().orElse(claimId);
            if (claim != null) {
                body.put("claimId", claim);
            }
            body.put("attempt", attempt);
            body.put("state", row.handle().state().wire());
            return client.call(ProtocolRoute.LOCK_REFRESH, "/api/sessions/" + sessionId + "/lock-refresh", body,
                    creds.runtimeToken(), Optional.empty());
        }

        private void stop(FailureMode mode, String reason) {
            if (stopped) {
                return;
            }
            stopped = true;
            LOG.atInfo().addKeyValue("event", "lock-refresh-stop").addKeyValue("sessionId", sessionId)
                    .addKeyValue("mode", mode.name()).addKeyValue("reason", reason)
                    .log("orchestrator ended the session's lease");
            host.stop(sessionId, mode);
        }

        /** Terminal, and every report of this attempt delivered or given up. */
        private boolean settled(StoredSession row) {
            return row.handle().state().isTerminal() && store.outboxOf(sessionId).stream()
                    .noneMatch(e -> e.attempt() == attempt && e.state() == OutboxState.PENDING);
        }

        private Duration cadence() {
            Duration third = Duration.ofMillis(Math.max(1, leaseSeconds) * 1000L / 3);
            if (third.compareTo(timings.lockRefreshMin()) < 0) {
                return timings.lockRefreshMin();
            }
            return third.compareTo(timings.lockRefreshMax()) > 0 ? timings.lockRefreshMax() : third;
        }
    }
}
