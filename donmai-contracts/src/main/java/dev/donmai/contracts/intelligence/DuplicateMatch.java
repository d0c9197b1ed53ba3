package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** How a write duplicates an existing observation: same normalised text, or a SimHash within Hamming distance 3. */
public enum DuplicateMatch implements WireValue {
    EXACT, NEAR;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
