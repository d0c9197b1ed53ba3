package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** How two nodes of a {@link MemoryResult} relate. */
public enum MemoryEdgeKind implements WireValue {
    SUPERSEDES, SAME_SESSION, SHARED_PATH;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
