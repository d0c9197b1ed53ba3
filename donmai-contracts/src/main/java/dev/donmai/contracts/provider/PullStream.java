package dev.donmai.contracts.provider;

import java.time.Duration;
import java.util.Optional;

/**
 * A pull-based stream with one consumer. {@link #next(Duration)} returns empty when nothing arrived within the wait
 * or the stream is finished; {@link #isFinished()} tells which.
 */
public interface PullStream<T> extends AutoCloseable {

    /** Waits up to {@code timeout} for the next element. */
    Optional<T> next(Duration timeout);

    /** True once the last element has been returned. */
    boolean isFinished();

    /** Releases the stream; idempotent. */
    @Override
    void close();
}
