package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded hand-off from a session's reader threads to its one consumer, exposed as the session's
 * {@link PullStream}. A full queue blocks the producer (the reader, and so the harness's pipe), never drops; the
 * stream is finished once the consumer took the terminal event or closed it. {@link #close()} releases a blocked
 * producer, which then discards what it holds.
 */
public final class EventQueue implements PullStream<AgentEvent> {

    /** The default capacity. */
    public static final int DEFAULT_CAPACITY = 1024;

    /** How often a blocked producer re-checks for {@link #close()}. */
    private static final long PRODUCER_RECHECK_MS = 100;

    private final LinkedBlockingQueue<AgentEvent> queue;
    private volatile boolean closed;
    private volatile boolean terminalTaken;

    public EventQueue(int capacity) {
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    /**
     * Adds an event, waiting while the queue is full.
     *
     * @return false when the stream was closed (or the producer interrupted) and the event discarded
     */
    public boolean put(AgentEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            while (!closed) {
                if (queue.offer(event, PRODUCER_RECHECK_MS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public Optional<AgentEvent> next(Duration timeout) {
        if (closed || terminalTaken) {
            return Optional.empty();
        }
        AgentEvent event;
        try {
            event = queue.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (event == null) {
            return Optional.empty();
        }
        if (event.isTerminal()) {
            terminalTaken = true;
        }
        return Optional.of(event);
    }

    @Override
    public boolean isFinished() {
        return terminalTaken || closed;
    }

    /** True once {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}
