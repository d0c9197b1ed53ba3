package dev.donmai.runtime.api;

/**
 * A monotonic time source in nanoseconds, for measuring durations (watchdogs, {@code durationMs}). Injected with the
 * {@link java.time.Clock} so tests can drive time; only {@link #system()} reads the JVM's monotonic clock.
 */
@FunctionalInterface
public interface Ticker {

    /** Nanoseconds from an arbitrary origin; only differences mean anything. */
    long nanos();

    /** The JVM's monotonic clock. */
    static Ticker system() {
        return System::nanoTime;
    }
}
