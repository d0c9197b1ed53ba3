package dev.donmai.runtime.api.daemon.config;

import java.util.List;
import java.util.Optional;

/** The {@code cloneStrategy} values of {@code projects[]} and {@code repositories[]} (host.md §4.2). */
final class CloneStrategies {

    static final List<String> VALUES = List.of("shallow", "full", "reference-clone");

    private CloneStrategies() {
    }

    static Optional<String> check(Optional<String> strategy) {
        strategy.ifPresent(value -> {
            if (!VALUES.contains(value)) {
                throw new IllegalArgumentException("cloneStrategy must be one of " + String.join(", ", VALUES));
            }
        });
        return strategy;
    }
}
