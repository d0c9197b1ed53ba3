package ai.rensei.cli.daemon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Polls a condition every 250 ms until it holds or a limit passes: {@code host start}/{@code restart} wait for
 * {@code /healthz} (30 s), {@code host stop} for the daemon to stop answering (15 s) (host.md §1.2). Clock and sleeper
 * are injected so tests neither sleep nor depend on timing.
 */
public final class PollingWait {

    /** How long {@code host start}/{@code restart} wait for {@code /healthz}. */
    public static final Duration START_LIMIT = Duration.ofSeconds(30);
    /** How long {@code host stop} waits for the daemon to go away. */
    public static final Duration STOP_LIMIT = Duration.ofSeconds(15);
    static final Duration INTERVAL = Duration.ofMillis(250);

    private final Clock clock;
    private final DaemonClient.Sleeper sleeper;

    public PollingWait(Clock clock, DaemonClient.Sleeper sleeper) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** True as soon as {@code condition} holds; false once {@code limit} has passed without it (or on interrupt). */
    public boolean await(BooleanSupplier condition, Duration limit) {
        Instant deadline = clock.instant().plus(limit);
        while (true) {
            if (condition.getAsBoolean()) {
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
