package dev.donmai.runtime.api.daemon.config;

import java.time.Duration;

/**
 * {@code drain.*}.
 *
 * @param timeoutSeconds how long a drain waits for running sessions, ≥ 1
 */
public record Drain(int timeoutSeconds) {

    /** 60 seconds. */
    public static final Drain DEFAULT = new Drain(60);

    public Drain {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("timeoutSeconds must be >= 1");
        }
    }

    /** The timeout as a duration. */
    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }
}
