package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.PullStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link PullStream} fed by a producer: {@link #offer} adds an element, {@link #complete()} says no more will come.
 * {@code next} waits only while the stream is open and empty, so once it is complete and drained it returns empty at
 * once.
 */
public final class FakePullStream<T> implements PullStream<T> {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<T> queue = new ArrayDeque<>();
    private boolean completed;
    private boolean closed;

    /** Adds an element; ignored once complete or closed. */
    public void offer(T element) {
        lock.lock();
        try {
            if (!completed && !closed) {
                queue.addLast(element);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** No element follows; idempotent. */
    public void complete() {
        lock.lock();
        try {
            completed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** True once {@link #complete()} was called. */
    public boolean isComplete() {
        lock.lock();
        try {
            return completed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<T> next(Duration timeout) {
        lock.lock();
        try {
            long left = timeout.toNanos();
            while (queue.isEmpty() && !completed && !closed && left > 0) {
                left = changed.awaitNanos(left);
            }
            return Optional.ofNullable(queue.pollFirst());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isFinished() {
        lock.lock();
        try {
            return closed || (completed && queue.isEmpty());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
