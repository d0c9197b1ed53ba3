package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.WireValue;

/** How much of the machine a harness's own sandbox lets the agent touch. */
public enum SandboxLevel implements WireValue {
    /** Read anything, write nothing ({@code read-only}). */
    READ_ONLY,
    /** Write inside the workarea only ({@code workspace-write}). */
    WORKSPACE_WRITE,
    /** No harness-side restriction ({@code full-access}). */
    FULL_ACCESS;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The value with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static SandboxLevel fromWire(String wire) {
        return WireValue.fromWire(SandboxLevel.class, wire);
    }
}
