package dev.donmai.providers.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock a test moves by hand, so nothing in a test waits for a period, an age or a lease to pass. Hand it to
 * the code under test wherever it takes a {@link Clock}. Thread-safe.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    /** A clock that reads {@code start} until moved. */
    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        now.updateAndGet(t -> t.plus(by));
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
