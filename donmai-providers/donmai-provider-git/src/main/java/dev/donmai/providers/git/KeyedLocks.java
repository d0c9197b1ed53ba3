package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One mutex per key (pool key, mirror), created on first use. Waiting is bounded by the verb's {@link Deadline}
 * ({@code Timeout} when it passes, e.g. behind another session's first clone of a large repository) and
 * interruptible ({@code Cancelled}, interrupt flag kept; contracts.md §0).
 */
final class KeyedLocks<K> {

    private final ConcurrentHashMap<K, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** Takes the lock of {@code key} within {@code deadline}; close the result to release it. */
    Held lock(K key, Deadline deadline) {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            if (!lock.tryLock(deadline.remaining().toMillis(), TimeUnit.MILLISECONDS)) {
                throw deadline.expired();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException.Cancelled(deadline.verb());
        }
        return lock::unlock;
    }

    /** A held lock; {@link #close()} releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
