package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One durable report waiting to reach the orchestrator (protocol.md §6.4): written in the same transaction as the
 * state it reports, delivered at least once, de-duplicated by the orchestrator through {@code idempotencyKey}
 * ({@code workerId} is injected at send, so it is not stored).
 *
 * @param id             row id (0 before insert)
 * @param kind           the route it goes to
 * @param sessionId      the session it reports on
 * @param attempt        the session attempt it reports on
 * @param claimId        the orchestrator claim, when known
 * @param idempotencyKey unique per report, e.g. {@code <sessionId>:<attempt>:completion} ({@link #key})
 * @param bodyJson       the request body without {@code workerId}
 * @param createdAt      when it was written
 * @param tries          delivery attempts so far
 * @param nextAttemptAt  not sent before this instant (backoff, {@code Retry-After})
 * @param state          where its delivery is
 * @param lastError      the last delivery error
 */
public record OutboxEntry(long id, OutboxKind kind, String sessionId, int attempt, Optional<String> claimId,
        String idempotencyKey, String bodyJson, Instant createdAt, int tries, Instant nextAttemptAt,
        OutboxState state, Optional<String> lastError) {

    public OutboxEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(bodyJson, "bodyJson");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "lastError");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
        if (tries < 0) {
            throw new IllegalArgumentException("tries must not be negative");
        }
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("idempotencyKey must not be blank");
        }
    }

    /** A new pending entry, due at once. */
    public static OutboxEntry pending(OutboxKind kind, String sessionId, int attempt, @Nullable String claimId,
            String idempotencyKey, String bodyJson, Instant createdAt) {
        return new OutboxEntry(0, kind, sessionId, attempt, Optional.ofNullable(claimId), idempotencyKey, bodyJson,
                createdAt, 0, createdAt, OutboxState.PENDING, Optional.empty());
    }

    /**
     * The idempotency key {@code <sessionId>:<attempt>:<what>}: {@code completion} for R9, {@code status:<state>}
     * for R10 (one per state reported, so {@code running} and the terminal status never collide).
     */
    public static String key(String sessionId, int attempt, String what) {
        return sessionId + ":" + attempt + ":" + what;
    }
}
