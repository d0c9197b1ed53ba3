package dev.donmai.providers.git;

import dev.donmai.contracts.provider.Nullable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One pool member, the row sessions.md §13 keeps in state.db: {@code id, repository, ref, toolchainKey, commit, path,
 * status, cleanStateChecksum, diskUsageMb, createdAt, lastAcquiredAt, acquiredBy} (repository, ref and toolchain key
 * form {@link #key()}; disk usage is kept in bytes and measured once, at creation).
 *
 * @param id                 {@code pm-…}, new for every member (a returned workarea becomes a new member)
 * @param key                the pool key
 * @param commit             the commit the member's detached HEAD is at
 * @param path               {@code cache/pool/<id>}
 * @param status             where it is in its life
 * @param cleanStateChecksum its clean-state checksum at {@code commit}
 * @param diskUsageBytes     bytes its files took at creation
 * @param createdAt          when it became a member
 * @param lastAcquiredAt     when it was last picked (null = never): the LRU order
 * @param acquiredBy         the session that picked it, while acquired
 */
public record PoolMember(
        String id,
        PoolKey key,
        String commit,
        Path path,
        MemberStatus status,
        String cleanStateChecksum,
        long diskUsageBytes,
        Instant createdAt,
        @Nullable Instant lastAcquiredAt,
        @Nullable String acquiredBy) {

    public PoolMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cleanStateChecksum, "cleanStateChecksum");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The same member with {@code newStatus}. */
    public PoolMember withStatus(MemberStatus newStatus) {
        return new PoolMember(id, key, commit, path, newStatus, cleanStateChecksum, diskUsageBytes, createdAt,
                lastAcquiredAt, acquiredBy);
    }

    /** The same member picked by {@code sessionId} at {@code at}. */
    public PoolMember acquiredBy(String sessionId, Instant at) {
        return new PoolMember(id, key, commit, path, MemberStatus.ACQUIRED, cleanStateChecksum, diskUsageBytes,
                createdAt, at, sessionId);
    }

    /** When it was last used: its last acquire, else its creation. */
    public Instant lastUsed() {
        return lastAcquiredAt != null ? lastAcquiredAt : createdAt;
    }
}
