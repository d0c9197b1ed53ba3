package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.WireValue;

/** How a model endpoint charges. */
public enum CostModel implements WireValue {
    /** Billed per token ({@code per-token}). */
    PER_TOKEN,
    /** Covered by a subscription ({@code subscription}). */
    SUBSCRIPTION,
    /** No charge, e.g. a local model ({@code free}). */
    FREE,
    /** Not known ({@code unknown}). */
    UNKNOWN;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The cost model with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static CostModel fromWire(String wire) {
        return WireValue.fromWire(CostModel.class, wire);
    }
}
