package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** How a symbol search hit matched. */
public enum SymbolMatchType implements WireValue {
    EXACT, BM25, FUZZY;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
