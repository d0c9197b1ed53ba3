package dev.donmai.contracts.provider;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A provider's health as polled by the host: unhealthy leaves rotation at once, degraded after two polls. */
public sealed interface ProviderHealth {

    /** The healthy value. */
    ProviderHealth READY = new Ready();

    /** Serving normally. */
    record Ready() implements ProviderHealth {
    }

    /** Serving with reduced quality; may recover by {@code recoverableAt}. */
    record Degraded(String reason, @Nullable Instant recoverableAt) implements ProviderHealth {
        public Degraded {
            Objects.requireNonNull(reason, "reason");
        }

        public Optional<Instant> recoverable() {
            return Optional.ofNullable(recoverableAt);
        }
    }

    /** Not serving. */
    record Unhealthy(String reason) implements ProviderHealth {
        public Unhealthy {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
