package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * A search hit.
 *
 * @param symbol    the symbol
 * @param score     its score
 * @param matchType how it matched
 */
public record SymbolHit(CodeSymbol symbol, double score, SymbolMatchType matchType) {

    public SymbolHit {
        FieldChecks.require(symbol, "symbol");
        Checks.finite(score, "score");
        FieldChecks.require(matchType, "matchType");
    }
}
