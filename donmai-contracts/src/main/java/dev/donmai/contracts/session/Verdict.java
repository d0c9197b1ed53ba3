package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.WireValue;

/**
 * The agent's own account of how the work went, separate from the session state: a {@code completed} session may
 * have any verdict. {@link #UNVERIFIED} comes only from the backstop.
 */
public enum Verdict implements WireValue {
    /** The agent reports the work done. */
    PASSED,
    /** The agent reports the work failed. */
    FAILED,
    /** The agent could not proceed; see the blocked reason. */
    BLOCKED,
    /** No verdict was reported; the backstop committed what was left. */
    UNVERIFIED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The verdict with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static Verdict fromWire(String wire) {
        return WireValue.fromWire(Verdict.class, wire);
    }
}
