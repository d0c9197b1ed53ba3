package ai.rensei.cli.host;

import ai.rensei.cli.daemon.DaemonClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Polls until the daemon stops answering or a limit passes ({@code host stop} waits up to 15 s, host.md §1.2). Clock
 * and sleeper are injected so tests neither sleep nor depend on timing.
 */
final class ShutdownWait {

    static final Duration LIMIT = Duration.ofSeconds(15);
    static final Duration INTERVAL = Duration.ofMillis(250);

    private final BooleanSupplier answers;
    private final Clock clock;
    private final DaemonClient.Sleeper sleeper;

    ShutdownWait(BooleanSupplier answers, Clock clock, DaemonClient.Sleeper sleeper) {
        this.answers = answers;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** True once nothing answers; false if something still answers after {@link #LIMIT} (or on interrupt). */
    boolean await() {
        Instant deadline = clock.instant().plus(LIMIT);
        while (answers.getAsBoolean()) {
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
        return true;
    }
}
