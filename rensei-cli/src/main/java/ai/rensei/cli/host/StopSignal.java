package ai.rensei.cli.host;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * Tells a long-running command to finish: {@code host logs -F} polls by waiting on it, so a stop ends the wait at
 * once. {@link #onInterrupt()} ties it to SIGINT so Ctrl-C ends the command normally (exit 0) instead of killing the
 * JVM; tests create one and call {@link #stop()}.
 */
final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    /** A signal raised by SIGINT; if the JVM reserves SIGINT (e.g. {@code -Xrs}) it is never raised. */
    static StopSignal onInterrupt() {
        StopSignal signal = new StopSignal();
        try {
            Signal.handle(new Signal("INT"), received -> signal.stop());
        } catch (IllegalArgumentException reserved) {
            // The JVM keeps SIGINT for itself; Ctrl-C then ends the process the default way.
        }
        return signal;
    }

    void stop() {
        stopped.countDown();
    }

    /** Waits up to {@code timeout}; true once stopped. */
    boolean await(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
