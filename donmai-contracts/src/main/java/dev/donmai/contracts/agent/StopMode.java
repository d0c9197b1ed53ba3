package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.WireValue;

/** How {@link AgentSession#stop} ends the harness. */
public enum StopMode implements WireValue {
    /** SIGTERM to the process group, SIGKILL after the grace period ({@code graceful}). */
    GRACEFUL,
    /** SIGKILL to the process group at once ({@code immediate}). */
    IMMEDIATE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The value with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static StopMode fromWire(String wire) {
        return WireValue.fromWire(StopMode.class, wire);
    }
}
