package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.WireValue;

/** How much reasoning effort a harness asks the model for. */
public enum Effort implements WireValue {
    /** {@code low}. */
    LOW,
    /** {@code medium}. */
    MEDIUM,
    /** {@code high}. */
    HIGH,
    /** The highest the model offers ({@code xhigh}). */
    XHIGH;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The value with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static Effort fromWire(String wire) {
        return WireValue.fromWire(Effort.class, wire);
    }
}
