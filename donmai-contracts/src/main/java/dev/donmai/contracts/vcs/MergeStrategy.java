package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.WireValue;

/** How a VCS merges concurrent changes. */
public enum MergeStrategy implements WireValue {
    AUTO, THREE_WAY_TEXT, REBASE, SQUASH, PATCH_THEORY, LAST_WRITE_WINS, CELL_MERGE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
