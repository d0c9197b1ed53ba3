package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * One hit of a memory query.
 *
 * @param id          the node id, unique within its result
 * @param observation the observation
 * @param score       the fused score
 * @param bm25        the normalised BM25 score, if computed
 * @param cosine      the normalised cosine score, if computed
 */
public record MemoryNode(String id, Observation observation, double score, @Nullable Double bm25,
        @Nullable Double cosine) {

    public MemoryNode {
        FieldChecks.requireText(id, "id");
        FieldChecks.require(observation, "observation");
        Checks.finite(score, "score");
        if (bm25 != null) {
            Checks.finite(bm25, "bm25");
        }
        if (cosine != null) {
            Checks.finite(cosine, "cosine");
        }
    }
}
