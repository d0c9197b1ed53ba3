package dev.donmai.runtime.internal.daemon.state;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One durable report waiting to reach the orchestrator (protocol.md §6.4): written in the same transaction as the
 * state it reports, delivered at least once, de-duplicated by the orchestrator through {@code idempotencyKey}.
 *
 * @param id             row id (0 before insert)
 * @param kind           {@code completion}, {@code status}, …
 * @param sessionId      the session it reports on
 * @param idempotencyKey unique per report, e.g. {@code <sessionId>:<attempt>:completion}
 * @param bodyJson       the request body
 * @param createdAt      when it was written
 * @param attempts       delivery attempts so far
 * @param state          {@code pending}, {@code delivered} or {@code rejected}
 * @param lastError      the last delivery error
 */
public record OutboxEntry(long id, String kind, String sessionId, String idempotencyKey, String bodyJson,
        Instant createdAt, int attempts, String state, Optional<String> lastError) {

    public OutboxEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(bodyJson, "bodyJson");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** A new pending entry. */
    public static OutboxEntry pending(String kind, String sessionId, String idempotencyKey, String bodyJson,
            Instant createdAt) {
        return new OutboxEntry(0, kind, sessionId, idempotencyKey, bodyJson, createdAt, 0, "pending",
                Optional.empty());
    }
}
