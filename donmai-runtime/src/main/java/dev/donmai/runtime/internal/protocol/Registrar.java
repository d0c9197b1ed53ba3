package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.api.ProtocolTimings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registration (R1), token refresh (R2) and the 401/404 ladder of protocol.md §5.1: boot from {@code daemon.jwt} when
 * it is complete, unexpired and for this URL; recover single-flight (R2 → adopt the id another process cached → R1
 * at most once per throttle window); refresh proactively before expiry. The credentials it holds are the ones every
 * loop uses, and they are written to {@code daemon.jwt} whenever they change.
 */
final class Registrar {

    private static final Logger LOG = LoggerFactory.getLogger(Registrar.class);

    /** What R1 did. */
    enum Outcome { REGISTERED, RETRY, REFUSED }

    private final OrchestratorClient client;
    private final CredentialFile file;
    private final Supplier<Optional<Secret>> installToken;
    private final Supplier<ObjectNode> registerBody;
    private final ProtocolTimings timings;
    private final Clock clock;
    private volatile WorkerCredentials current;
    private long lastRegisterNanos;
    private boolean registeredOnce;
    private long lastLadderNanos;
    private boolean lastLadderOk;

    Registrar(OrchestratorClient client, CredentialFile file, Supplier<Optional<Secret>> installToken,
            Supplier<ObjectNode> registerBody, ProtocolTimings timings, Clock clock) {
        this.client = client;
        this.file = file;
        this.installToken = installToken;
        this.registerBody = registerBody;
        this.timings = timings;
        this.clock = clock;
    }

    Optional<WorkerCredentials> current() {
        return Optional.ofNullable(current);
    }

    /** Adopts the cached credentials when complete, unexpired and for this URL. */
    boolean loadCached() {
        Optional<WorkerCredentials> cached = file.read()
                .filter(c -> c.orchestratorUrl().equals(client.base()))
                .filter(c -> !c.expired(clock.instant()));
        cached.ifPresent(c -> {
            current = c;
            LOG.atInfo().addKeyValue("event", "registration-cached").addKeyValue("workerId", c.workerId())
                    .log("using cached worker credentials");
        });
        return cached.isPresent();
    }

    /** One R1; the reply tells whether to retry (network, 5xx) or give up (401/403, other 4xx, no workerId). */
    synchronized Outcome register(StringBuilder error) {
        Reply reply = registerOnce();
        if (reply.ok() && current != null) {
            return Outcome.REGISTERED;
        }
        error.setLength(0);
        error.append(reply.ok() ? "registration answer has no workerId" : "registration failed: " + reply.describe());
        return reply.retryable() ? Outcome.RETRY : Outcome.REFUSED;
    }

    private Reply registerOnce() {
        lastRegisterNanos = System.nanoTime();
        registeredOnce = true;
        Reply reply = client.call(ProtocolRoute.REGISTER, "/api/workers/register", registerBody.get(), install(),
                Optional.empty());
        if (reply.ok() && reply.body().path("workerId").isTextual()
                && reply.body().path("runtimeToken").isTextual()) {
            adopt(reply.body(), reply.body().get("workerId").asText());
        }
        return reply;
    }

    /**
     * The ladder after a 401 (any route) or a 404 (R3/R4) answered to {@code failed}: single flight; a caller whose
     * credentials were already replaced, or arriving within {@code ladderReuse} of the last ladder, reuses its result.
     *
     * @return the credentials to use now, or empty when the ladder failed (retry next tick)
     */
    synchronized Optional<WorkerCredentials> recover(WorkerCredentials failed, String reason) {
        if (current != null && current != failed) {
            return Optional.of(current);
        }
        if (lastLadderNanos != 0 && System.nanoTime() - lastLadderNanos < timings.ladderReuse().toNanos()) {
            return lastLadderOk ? Optional.ofNullable(current) : Optional.empty();
        }
        lastLadderNanos = System.nanoTime();
        lastLadderOk = ladder(failed, reason);
        return lastLadderOk ? Optional.ofNullable(current) : Optional.empty();
    }

    private boolean ladder(WorkerCredentials failed, String reason) {
        Reply refresh = refresh(failed.workerId());
        if (refresh.ok()) {
            event("refresh", reason, failed.workerId());
            return true;
        }
        if (refresh.status() != 404 && refresh.status() != 405) {
            event("refresh.failed", refresh.describe(), failed.workerId());
            return false;
        }
        Optional<WorkerCredentials> cached = file.read().filter(c -> c.orchestratorUrl().equals(client.base()))
                .filter(c -> !c.workerId().equals(failed.workerId()));
        if (cached.isPresent()) {
            Reply other = refresh(cached.get().workerId());
            if (other.ok()) {
                event("adopt", reason, cached.get().workerId());
                return true;
            }
        }
        if (registeredOnce && System.nanoTime() - lastRegisterNanos < timings.reregisterThrottle().toNanos()) {
            event("reregister.throttled", reason, failed.workerId());
            return false;
        }
        Reply register = registerOnce();
        if (register.ok() && current != failed) {
            event("reregister", reason, current.workerId());
            return true;
        }
        event("refresh.failed", register.describe(), failed.workerId());
        return false;
    }

    /** Proactive R2 once the token nears expiry (§5.1); a failure is retried on the next call. */
    synchronized void refreshIfDue() {
        WorkerCredentials c = current;
        if (c == null) {
            return;
        }
        Optional<Instant> at = c.refreshAt(timings.proactiveRefreshMax());
        if (at.isPresent() && !clock.instant().isBefore(at.get())) {
            Reply reply = refresh(c.workerId());
            event(reply.ok() ? "refresh" : "refresh.failed", reply.ok() ? "proactive" : reply.describe(),
                    c.workerId());
        }
    }

    private Reply refresh(String workerId) {
        Reply reply = client.call(ProtocolRoute.REFRESH_TOKEN, "/api/workers/" + workerId + "/refresh-token",
                Json.object(), install(), Optional.empty());
        if (reply.ok() && reply.body().path("runtimeToken").isTextual()) {
            adopt(reply.body(), workerId);
            return reply;
        }
        return reply.ok() ? new Reply(502, reply.body(), Optional.empty(), "refresh answer has no runtimeToken")
                : reply;
    }

    private void adopt(ObjectNode body, String workerId) {
        WorkerCredentials previous = current;
        Duration heartbeat = interval(body, "heartbeatInterval", previous == null ? timings.heartbeatInterval()
                : previous.heartbeatInterval());
        Duration poll = interval(body, "pollInterval", previous == null ? timings.pollInterval()
                : previous.pollInterval());
        Optional<Instant> expires = Optional.empty();
        if (body.path("runtimeTokenExpiresAt").isTextual()) {
            try {
                expires = Optional.of(Instant.parse(body.get("runtimeTokenExpiresAt").asText()));
            } catch (DateTimeParseException e) {
                LOG.atWarn().addKeyValue("event", "runtime-token-expiry-ignored").log("unparseable expiry ignored");
            }
        }
        WorkerCredentials next = new WorkerCredentials(workerId, Secret.of(body.get("runtimeToken").asText()),
                heartbeat, poll, expires, clock.instant(), client.base());
        current = next;
        file.write(next);
    }

    /** {@code *Interval} ms, rounded up to whole seconds (§1); the fallback when absent or not positive. */
    private static Duration interval(ObjectNode body, String field, Duration fallback) {
        long ms = body.path(field).asLong(0);
        if (ms <= 0) {
            return fallback;
        }
        return Duration.ofSeconds((ms + 999) / 1000);
    }

    private Secret install() {
        return installToken.get().orElse(Secret.of("-"));
    }

    private static void event(String action, String detail, String workerId) {
        LOG.atInfo().addKeyValue("event", "runtime-token").addKeyValue("action", action)
                .addKeyValue("workerId", workerId).addKeyValue("detail", Objects.toString(detail, ""))
                .log("[runtime-token] {}", action);
    }
}
