package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.Nullable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The memory of cited observations (intelligence.md §2–3). Writes return after they are durable; every query node
 * carries exactly one citation. Only the scope's own project index and its organization's notes are ever read.
 */
public interface MemoryStore extends AutoCloseable {

    /** The largest {@link #list} page. */
    int MAX_LIST_LIMIT = 500;

    /** Writes one observation: redact, deduplicate (exact, then near), embed, store. */
    WriteResult write(MemoryWrite write, Duration timeout);

    /** Writes several observations; one result per write, in order. A later write sees the earlier ones. */
    List<WriteResult> writeAll(List<MemoryWrite> writes, Duration timeout);

    /** Runs a query (intelligence.md §3). */
    MemoryResult query(MemoryQuery query, Duration timeout);

    /** Deletes observation {@code id} of {@code scope} so its text leaves the index files; a repeat is {@code NotFound}. */
    ForgetResult forget(MemoryScope scope, String id, Duration timeout);

    /**
     * Lists observations of {@code scope}, newest first.
     *
     * @param kinds     kinds to include; empty = all
     * @param sessionId only those of this session, when set
     * @param limit     page size, 1..{@value #MAX_LIST_LIMIT}
     * @param cursor    the previous page's {@link ObservationPage#nextCursor()}
     */
    ObservationPage list(MemoryScope scope, Set<ObservationKind> kinds, @Nullable String sessionId, int limit,
            @Nullable String cursor, Duration timeout);

    /** Reindex and statistics, when the store offers them. */
    default Optional<MemoryMaintenance> maintenance() {
        return Optional.empty();
    }

    /** Releases the store's files and threads; idempotent. */
    @Override
    default void close() {
    }
}
