package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.WireValue;

/** How much history a clone fetches: a shallow clone, the full history, or a clone that borrows objects from a local reference repository. */
public enum CloneMode implements WireValue {
    SHALLOW, FULL, REFERENCE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
