package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * Figures about one memory index.
 *
 * @param scope         the index's scope
 * @param observations  live observations
 * @param superseded    superseded observations still stored
 * @param vectorPending observations waiting for an embedding
 * @param indexBytes    size of the index files
 * @param embedderId    the embedder the index was built with
 * @param vectorsStale  the configured embedder differs (queries run BM25-only until {@code reindex})
 */
public record MemoryStats(MemoryScope scope, long observations, long superseded, long vectorPending,
        long indexBytes, String embedderId, boolean vectorsStale) {

    public MemoryStats {
        FieldChecks.require(scope, "scope");
        FieldChecks.nonNegative(observations, "observations");
        FieldChecks.nonNegative(superseded, "superseded");
        FieldChecks.nonNegative(vectorPending, "vectorPending");
        FieldChecks.nonNegative(indexBytes, "indexBytes");
        FieldChecks.requireText(embedderId, "embedderId");
    }
}
