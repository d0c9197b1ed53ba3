package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.WireValue;

/** How a conflicted path is resolved through {@link VcsConflicts}: our side, their side, or as edited in the workspace. */
public enum ConflictChoice implements WireValue {
    OURS, THEIRS, EDITED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
