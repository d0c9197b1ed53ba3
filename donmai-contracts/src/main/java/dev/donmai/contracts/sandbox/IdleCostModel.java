package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.WireValue;

/** What an idle (paused or waiting) sandbox costs. */
public enum IdleCostModel implements WireValue {
    ZERO, STORAGE_ONLY, METERED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
