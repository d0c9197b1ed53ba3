package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.WireValue;

/** The unit a VCS reports conflicts in; {@code NONE} = it never surfaces conflicts. */
public enum ConflictGranularity implements WireValue {
    LINE, TOKEN, OBJECT, CELL, NONE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
