package dev.donmai.contracts.kit;

import dev.donmai.contracts.provider.WireValue;

/** The layer a kit belongs to; contributions apply in this order, later layers refining earlier ones. */
public enum KitOrder implements WireValue {
    /** Languages and build tools ({@code foundation}). */
    FOUNDATION,
    /** Frameworks on top of a foundation ({@code framework}). */
    FRAMEWORK,
    /** One project's own conventions ({@code project}). */
    PROJECT;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The order with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static KitOrder fromWire(String wire) {
        return WireValue.fromWire(KitOrder.class, wire);
    }
}
