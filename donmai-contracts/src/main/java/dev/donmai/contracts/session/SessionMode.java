package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.WireValue;

/**
 * How a session interacts with people. The autonomous mode is spelled as the empty string on the wire, which is
 * also what an absent {@code mode} means.
 */
public enum SessionMode implements WireValue {
    /** No human in the loop (wire {@code ""}); the only mode v1 runs. */
    AUTONOMOUS(""),
    /** A human converses with the agent while it works. */
    INTERACTIVE("interactive"),
    /** The agent interviews a human before working. */
    INTERVIEW("interview");

    private final String wire;

    SessionMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /**
     * The mode with this wire spelling; {@code null} (field absent) is {@link #AUTONOMOUS}.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.ContractViolation {@code UNKNOWN_DISCRIMINATOR}
     */
    public static SessionMode fromWire(String wire) {
        return wire == null ? AUTONOMOUS : WireValue.fromWire(SessionMode.class, wire);
    }
}
