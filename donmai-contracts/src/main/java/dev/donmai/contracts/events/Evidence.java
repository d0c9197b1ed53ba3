package dev.donmai.contracts.events;

import dev.donmai.contracts.provider.WireValue;

/** How directly an execution event reflects what happened. */
public enum Evidence implements WireValue {
    /** Reported by the harness or provider itself ({@code native}). */
    NATIVE,
    /** Derived by the runtime from other observations ({@code inferred}). */
    INFERRED,
    /** Made by the runtime to keep the stream well-formed, e.g. a synthesized Init ({@code synthesized}). */
    SYNTHESIZED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The evidence with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static Evidence fromWire(String wire) {
        return WireValue.fromWire(Evidence.class, wire);
    }
}
