package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * Output of {@code donmai_code_search_symbols}. An exact name match returns exact hits only; past the cap,
 * {@code truncatedExactMatches} and {@code hint} say how many more there are and how to narrow the search.
 *
 * @param hits                  the hits, best first
 * @param truncatedExactMatches exact matches left out, when the cap cut them
 * @param hint                  how to narrow the search, set together with {@code truncatedExactMatches}
 */
public record SymbolSearchResult(List<SymbolHit> hits, @Nullable Integer truncatedExactMatches,
        @Nullable String hint) {

    public SymbolSearchResult {
        hits = FieldChecks.requiredList(hits, "hits");
        if (truncatedExactMatches != null) {
            FieldChecks.positive(truncatedExactMatches, "truncatedExactMatches");
        }
        FieldChecks.optionalText(hint, "hint");
        FieldChecks.check((truncatedExactMatches == null) == (hint == null), "hint");
    }

    /** A result with these hits and nothing truncated. */
    public static SymbolSearchResult of(List<SymbolHit> hits) {
        return new SymbolSearchResult(hits, null, null);
    }
}
