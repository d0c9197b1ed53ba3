package dev.donmai.contracts.intelligence;

/**
 * A search hit.
 *
 * @param symbol    the symbol
 * @param score     its score
 * @param matchType how it matched
 */
public record SymbolHit(CodeSymbol symbol, double score, SymbolMatchType matchType) {

    public SymbolHit {
        Checks.required(symbol, "symbol");
        Checks.finite(score, "score");
        Checks.required(matchType, "matchType");
    }
}
