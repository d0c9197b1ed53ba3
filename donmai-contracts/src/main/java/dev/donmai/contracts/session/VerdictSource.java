package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.WireValue;

/** Where a verdict came from, in the order they are tried (D21): the first that yields a verdict wins. */
public enum VerdictSource implements WireValue {
    /** {@code .agent/turn-result.json} ({@code turn-result}). */
    TURN_RESULT,
    /** The last {@code WORK_RESULT:<verdict>} marker in the final text ({@code marker}). */
    MARKER,
    /** The backstop commit; verdict {@link Verdict#UNVERIFIED} ({@code backstop}). */
    BACKSTOP;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The source with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static VerdictSource fromWire(String wire) {
        return WireValue.fromWire(VerdictSource.class, wire);
    }
}
