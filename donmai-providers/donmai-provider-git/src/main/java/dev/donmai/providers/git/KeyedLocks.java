package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One mutex per key (pool key, mirror), created on first use. Waiting is interruptible: an interrupted caller gets
 * {@code Cancelled} with its interrupt flag kept (contracts.md §0).
 */
final class KeyedLocks<K> {

    private final ConcurrentHashMap<K, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** Takes the lock of {@code key}; close the result to release it. */
    Held lock(K key, String verb) {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException.Cancelled(verb);
        }
        return lock::unlock;
    }

    /** A held lock; {@link #close()} releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
