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
        return switch (this) {
            case DIAL_IN -> transport instanceof SandboxTransport.DialIn;
            case DIAL_OUT -> transport instanceof SandboxTransport.DialOut;
            case EITHER -> transport != null;
        };
    }
}
