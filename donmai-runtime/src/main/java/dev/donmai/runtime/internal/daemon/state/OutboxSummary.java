package dev.donmai.runtime.internal.daemon.state;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The {@code outbox} block of status (host.md §3.3). */
public record OutboxSummary(int pending, int rejected, Optional<Instant> oldestPendingAt) {

    public OutboxSummary {
        Objects.requireNonNull(oldestPendingAt, "oldestPendingAt");
    }
}
