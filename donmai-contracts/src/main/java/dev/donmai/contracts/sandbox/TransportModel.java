package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.WireValue;

/** How the worker in a sandbox and the orchestrator connect: the host dials in, the worker dials out, or either. */
public enum TransportModel implements WireValue {
    DIAL_IN, DIAL_OUT, EITHER;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** True when a handle with {@code transport} is consistent with this model. */
    public boolean allows(SandboxTransport transport) {
        // No switch over the enum: javac would emit a synthetic switch-map class, which A13 does not allow.
        if (this == DIAL_IN) {
            return transport instanceof SandboxTransport.DialIn;
        }
        if (this == DIAL_OUT) {
            return transport instanceof SandboxTransport.DialOut;
        }
        return transport != null;
    }
}
