package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.WireValue;

/** How a sandbox provider bills running sandboxes. */
public enum BillingModel implements WireValue {
    WALL_CLOCK, ACTIVE_CPU, INVOCATION, FIXED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
