package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;

/**
 * How a memory query ran.
 *
 * @param fusion           the score fusion used
 * @param embedderId       the embedder of the index (e.g. {@code hashing-v1})
 * @param semanticEmbedder the embedder is semantic ({@code hashing} is lexical: false)
 * @param degraded         why retrieval was reduced, e.g. {@code vectors-stale}, {@code embedder-unavailable}
 * @param tookMs           wall time in milliseconds
 */
public record QueryDiagnostics(Fusion fusion, String embedderId, boolean semanticEmbedder,
        @Nullable String degraded, long tookMs) {

    public QueryDiagnostics {
        FieldChecks.require(fusion, "fusion");
        FieldChecks.requireText(embedderId, "embedderId");
        FieldChecks.optionalText(degraded, "degraded");
        FieldChecks.nonNegative(tookMs, "tookMs");
    }
}
