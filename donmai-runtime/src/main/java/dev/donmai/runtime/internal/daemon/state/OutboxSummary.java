package dev.donmai.runtime.internal.daemon.state;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code outbox} block of status (host.md §3.3, protocol.md §6.4).
 *
 * @param pending         rows not yet delivered
 * @param rejected        rows the orchestrator refused (kept 30 days)
 * @param oldestPendingAt when the oldest pending row was written
 */
public record OutboxSummary(int pending, int rejected, Optional<Instant> oldestPendingAt) {

    public OutboxSummary {
        Objects.requireNonNull(oldestPendingAt, "oldestPendingAt");
        if (pending < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
