package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.WireValue;

/** How clean a freshly acquired workarea is guaranteed to be. */
public enum CleanGuarantee implements WireValue {
    /** Nothing from an earlier use survives (ignored build caches aside, when documented). */
    FULL,
    /** Clean within the declared source paths only. */
    SCOPED,
    /** Cleaned, but leftovers are possible. */
    BEST_EFFORT;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
