package dev.donmai.contracts.intelligence;

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
        Checks.required(fusion, "fusion");
        Checks.text(embedderId, "embedderId");
        Checks.optionalText(degraded, "degraded");
        Checks.nonNegative(tookMs, "tookMs");
    }
}
