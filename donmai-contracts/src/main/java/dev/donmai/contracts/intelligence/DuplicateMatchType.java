package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** How checked content matches existing code. */
public enum DuplicateMatchType implements WireValue {
    EXACT, NEAR, NONE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
