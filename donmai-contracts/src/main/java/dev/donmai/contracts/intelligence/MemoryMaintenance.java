package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.Nullable;
import java.time.Duration;
import java.util.List;

/** Facet of a {@link MemoryStore}: rebuild indexes and read figures. */
public interface MemoryMaintenance {

    /**
     * Rebuilds the index of {@code scope}'s project (every index when null) with the configured embedder, swapping
     * atomically; counts are kept.
     */
    List<ReindexReport> reindex(@Nullable MemoryScope scope, Duration timeout);

    /** Figures about the index of {@code scope}'s project. */
    MemoryStats stats(MemoryScope scope, Duration timeout);
}
