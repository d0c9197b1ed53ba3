package dev.donmai.providers.git;

import java.util.List;
import java.util.Optional;

/**
 * Where pool member rows live. {@link InMemoryPoolIndex} keeps them for the life of the provider;
 * {@link StateDbPoolIndex} keeps them in the daemon's durable state.db table (sessions.md §13), behind this same
 * interface, so the pool logic does not change.
 * Implementations are thread-safe; {@link WorkareaPool} makes every read-modify-write of one key under that key's
 * mutex, so an index needs no transactions of its own.
 */
public interface PoolIndex extends AutoCloseable {

    /** Inserts or replaces the row of {@code member.id()}. */
    void put(PoolMember member);

    /** Deletes the row of {@code memberId}; absent is fine. */
    void remove(String memberId);

    /** The row of {@code memberId}. */
    Optional<PoolMember> find(String memberId);

    /** The rows of {@code key}, any status, oldest first. */
    List<PoolMember> members(PoolKey key);

    /** Every row, any key, oldest first. */
    List<PoolMember> all();

    /**
     * Releases what the index holds open (the provider deactivates); rows are kept, and the next call uses the index
     * again.
     */
    @Override
    default void close() {
    }
}
