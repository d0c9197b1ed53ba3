package dev.donmai.runtime.api.daemon.config;

import java.util.Optional;

/** The {@code cloneStrategy} values of {@code projects[]} and {@code repositories[]} (host.md §4.2). */
final class CloneStrategies {

    private CloneStrategies() {
    }

    static Optional<String> check(Optional<String> strategy) {
        strategy.ifPresent(value -> {
            if (!ProjectEntry.CLONE_STRATEGIES.contains(value)) {
                throw new IllegalArgumentException("cloneStrategy must be one of "
                        + String.join(", ", ProjectEntry.CLONE_STRATEGIES));
            }
        });
        return strategy;
    }
}
