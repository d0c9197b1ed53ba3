package dev.donmai.runtime.api.daemon.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code autoUpdate.*}.
 *
 * @param channel             {@code stable}, {@code beta} or {@code main}
 * @param schedule            {@code nightly}, {@code on-release} or {@code manual}
 * @param drainTimeoutSeconds drain budget of an update, ≥ 0; 0 means 30 (see {@link #drainTimeout()})
 */
public record AutoUpdate(String channel, String schedule, int drainTimeoutSeconds) {

    /** The accepted channels. */
    public static final List<String> CHANNELS = List.of("stable", "beta", "main");
    /** The accepted schedules. */
    public static final List<String> SCHEDULES = List.of("nightly", "on-release", "manual");
    /** {@code stable}, {@code nightly}, 600 s. */
    public static final AutoUpdate DEFAULT = new AutoUpdate("stable", "nightly", 600);

    public AutoUpdate {
        if (!CHANNELS.contains(Objects.requireNonNull(channel, "channel"))) {
            throw new IllegalArgumentException("channel must be one of " + String.join(", ", CHANNELS));
        }
        if (!SCHEDULES.contains(Objects.requireNonNull(schedule, "schedule"))) {
            throw new IllegalArgumentException("schedule must be one of " + String.join(", ", SCHEDULES));
        }
        if (drainTimeoutSeconds < 0) {
            throw new IllegalArgumentException("drainTimeoutSeconds must be >= 0");
        }
    }

    /** The drain budget an update uses: the configured seconds, 30 s when 0. */
    public Duration drainTimeout() {
        return Duration.ofSeconds(drainTimeoutSeconds == 0 ? 30 : drainTimeoutSeconds);
    }
}
