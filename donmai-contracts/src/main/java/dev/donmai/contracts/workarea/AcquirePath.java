package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.WireValue;

/**
 * How an acquire was served (sessions.md §13): a ready pool member at the wanted commit ({@code pool-warm}), a
 * ready member checked out to another commit ({@code pool-fresh}), or a new worktree ({@code cold}).
 */
public enum AcquirePath implements WireValue {
    POOL_WARM, POOL_FRESH, COLD;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
