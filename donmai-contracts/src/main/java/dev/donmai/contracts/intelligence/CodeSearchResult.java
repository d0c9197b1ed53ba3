package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.List;

/**
 * Output of {@code donmai_code_search_code}.
 *
 * @param hits the hits, best first
 */
public record CodeSearchResult(List<SymbolHit> hits) {

    public CodeSearchResult {
        hits = FieldChecks.requiredList(hits, "hits");
    }
}
