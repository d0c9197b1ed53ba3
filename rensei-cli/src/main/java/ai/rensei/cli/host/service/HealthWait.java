package ai.rensei.cli.host.service;

import ai.rensei.cli.daemon.DaemonClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls a health probe until it answers or a deadline passes, on an injectable clock and sleeper. */
public final class HealthWait {

    /** How long {@code host start}/{@code restart} wait for {@code /healthz} (host.md §1.2). */
    public static final Duration START_LIMIT = Duration.ofSeconds(30);
    static final Duration INTERVAL = Duration.ofMillis(250);

    private final Clock clock;
    private final DaemonClient.Sleeper sleeper;

    public HealthWait(Clock clock, DaemonClient.Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** True as soon as {@code healthy} does; false once {@code limit} has passed without it (or on interrupt). */
    public boolean await(BooleanSupplier healthy, Duration limit) {
        Instant deadline = clock.instant().plus(limit);
        while (true) {
            if (healthy.getAsBoolean()) {
                return true;
            }
            if (!clock.instant().isBefore(deadline)) {
                return false;
            }
            try {
                sleeper.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
