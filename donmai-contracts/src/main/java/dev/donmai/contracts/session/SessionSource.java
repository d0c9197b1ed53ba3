package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.WireValue;

/** Where a session came from: the local control API or an orchestrator's work item. */
public enum SessionSource implements WireValue {
    /** Submitted through the daemon's control API ({@code api}). */
    API,
    /** Leased from an orchestrator ({@code orchestrator}). */
    ORCHESTRATOR;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The source with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static SessionSource fromWire(String wire) {
        return WireValue.fromWire(SessionSource.class, wire);
    }
}
