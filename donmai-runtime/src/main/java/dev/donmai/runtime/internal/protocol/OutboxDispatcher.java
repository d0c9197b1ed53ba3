package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.ProtocolTimings;
import dev.donmai.runtime.internal.daemon.state.OutboxEntry;
import dev.donmai.runtime.internal.daemon.state.OutboxKind;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the durable outbox (protocol.md §6.4): per session FIFO (only a session's oldest pending row is sent), at
 * most four sessions at once, retries now/1/2/4 s then 5 s doubling to 300 s with ±20 % jitter, {@code Retry-After}
 * honoured. 2xx delivered; 409 rejected and the attempt's other rows superseded; 404 rejected after three tries;
 * other 4xx rejected; 401 runs the ladder and retries. The {@code Idempotency-Key} is a UUID derived from the row's
 * stored key, so every retry of a row carries the same one.
 */
final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int SCAN = 500;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final StateStore store;
    private final OrchestratorClient client;
    private final Registrar registrar;
    private final ProtocolTimings timings;
    private final Clock clock;
    private final ExecutorService senders;
    private long lastPurgeNanos;

    OutboxDispatcher(StateStore store, OrchestratorClient client, Registrar registrar, ProtocolTimings timings,
            Clock clock) {
        this.store = store;
        this.client = client;
        this.registrar = registrar;
        this.timings = timings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(ProtocolTimings.OUTBOX_PARALLEL_SESSIONS, r -> {
            Thread t = new Thread(r, "outbox-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One pass: the due head row of up to four sessions, sent in parallel; returns when they are answered. */
    synchronized void tick() {
        if (registrar.current().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        purge(now);
        Map<String, OutboxEntry> heads = new LinkedHashMap<>();
        for (OutboxEntry e : store.pendingOutbox(SCAN)) {
            heads.putIfAbsent(e.sessionId(), e);
        }
        List<Future<?>> running = new ArrayList<>();
        for (OutboxEntry head : heads.values()) {
            if (running.size() == ProtocolTimings.OUTBOX_PARALLEL_SESSIONS) {
                break;
            }
            if (!head.nextAttemptAt().isAfter(now)) {
                running.add(senders.submit(() -> send(head)));
            }
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.atWarn().setCause(e.getCause()).addKeyValue("event", "outbox-send-failed").log("outbox send failed");
            }
        }
    }

    /** Retention (§6.4): delivered and rejected/superseded rows go after their kept times; checked hourly. */
    private void purge(Instant now) {
        if (lastPurgeNanos != 0 && System.nanoTime() - lastPurgeNanos < PURGE_EVERY.toNanos()) {
            return;
        }
        lastPurgeNanos = System.nanoTime();
        store.purgeOutbox(now.minus(timings.deliveredKept()), now.minus(timings.rejectedKept()));
    }

    /** True when nothing is pending. */
    boolean empty() {
        return store.outboxSummary().pending() == 0;
    }

    private void send(OutboxEntry entry) {
        Optional<WorkerCredentials> creds = registrar.current();
        if (creds.isEmpty()) {
            return;
        }
        Reply reply = post(entry, creds.get());
        if (reply.status() == 401) {
            Optional<WorkerCredentials> renewed = registrar.recover(creds.get(), reason(reply));
            if (renewed.isPresent()) {
                reply = post(entry, renewed.get());
            }
        }
        settle(entry, reply);
    }

    private Reply post(OutboxEntry entry, WorkerCredentials creds) {
        ObjectNode body = Json.parseObject(entry.bodyJson()).orElseGet(Json::object);
        ObjectNode sent = Json.object().put("workerId", creds.workerId());
        sent.setAll(body);
        return client.call(route(entry.kind()), "/api/sessions/" + entry.sessionId() + "/" + path(entry.kind()), sent,
                creds.runtimeToken(), Optional.of(idempotencyKey(entry)));
    }

    private void settle(OutboxEntry entry, Reply reply) {
        if (reply.ok()) {
            store.markDelivered(entry.id());
            LOG.atDebug().addKeyValue("event", "outbox-delivered").addKeyValue("sessionId", entry.sessionId())
                    .addKeyValue("kind", entry.kind().wire()).log("outbox row delivered");
        } else if (reply.status() == 409) {
            store.markRejected(entry.id(), reply.describe());
            store.supersedeOutbox(entry.sessionId(), entry.attempt() + 1);
            rejected(entry, reply);
        } else if (reply.status() == 404 && entry.tries() + 1 >= ProtocolTimings.NOT_FOUND_LIMIT) {
            store.markRejected(entry.id(), reply.describe());
            rejected(entry, reply);
        } else if (reply.retryable() || reply.status() == 401 || reply.status() == 404) {
            store.markRetry(entry.id(), clock.instant().plus(delay(entry.tries() + 1, reply.retryAfter())),
                    reply.describe());
        } else {
            store.markRejected(entry.id(), reply.describe());
            rejected(entry, reply);
        }
    }

    private static void rejected(OutboxEntry entry, Reply reply) {
        LOG.atWarn().addKeyValue("event", "outbox-rejected").addKeyValue("sessionId", entry.sessionId())
                .addKeyValue("kind", entry.kind().wire()).addKeyValue("status", reply.status())
                .log("orchestrator rejected a report: {}", reply.describe());
    }

    /** The wait after the {@code tries}-th failure: 1, 2, 4 s, then 5 s doubling to the cap; ±20 % jitter. */
    Duration delay(int tries, Optional<Duration> retryAfter) {
        Duration cap = timings.outboxBackoffCap();
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(cap) > 0 ? cap : retryAfter.get();
        }
        Duration base;
        if (tries <= 3) {
            base = timings.outboxFirstRetry().multipliedBy(1L << (tries - 1));
        } else {
            int doublings = Math.min(tries - 4, 20);
            base = timings.outboxBackoffStart().multipliedBy(1L << doublings);
        }
        if (base.compareTo(cap) > 0) {
            base = cap;
        }
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, (long) (base.toMillis() * jitter)));
    }

    static String idempotencyKey(OutboxEntry entry) {
        return UUID.nameUUIDFromBytes(entry.idempotencyKey().getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String reason(Reply reply) {
        return reply.body().path("error").asText("").contains("Runtime token expired") ? "runtime-token-expired"
                : reply.status() == 404 ? "worker-not-found" : "unauthorized";
    }

    private static ProtocolRoute route(OutboxKind kind) {
        switch (kind) {
            case COMPLETION:
                return ProtocolRoute.COMPLETION;
            case NACK:
                return ProtocolRoute.NACK;
            default:
                return ProtocolRoute.STATUS;
        }
    }

    private static String path(OutboxKind kind) {
        switch (kind) {
            case COMPLETION:
                return "completion";
            case NACK:
                return "nack";
            default:
                return "status";
        }
    }

    void close() {
        senders.shutdownNow();
    }
}
