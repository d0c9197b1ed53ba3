package dev.donmai.providers.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A bounded polling loop for verbs that have no stream to wait on (a sandbox's or a deployment's status): probe,
 * and if the answer is not final yet, pause briefly and probe again, until a deadline. Never an open-ended sleep.
 */
public final class Polling {

    /** The pause between two probes. */
    public static final Duration PAUSE = Duration.ofMillis(25);

    private Polling() {
    }

    /**
     * Probes until {@code done} accepts the answer, and returns it.
     *
     * @throws org.opentest4j.AssertionFailedError when {@code within} passes first; names {@code what} and the
     *         last answer
     */
    public static <T> T until(String what, Duration within, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + within.toNanos();
        T last;
        do {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            LockSupport.parkNanos(PAUSE.toNanos());
        } while (System.nanoTime() < deadline);
        return fail(what + " not reached within " + within.toMillis() + " ms; last answer: " + last);
    }
}
