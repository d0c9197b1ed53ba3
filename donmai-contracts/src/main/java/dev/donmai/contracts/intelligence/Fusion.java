package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** How BM25 and cosine scores are fused: convex {@code 0.55·bm25 + 0.45·cosine} or reciprocal rank fusion. */
public enum Fusion implements WireValue {
    CONVEX, RRF;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
