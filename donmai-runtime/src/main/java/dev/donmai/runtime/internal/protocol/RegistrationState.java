package dev.donmai.runtime.internal.protocol;

import dev.donmai.contracts.provider.WireValue;

/** The {@code registration.state} of status with an orchestrator URL (protocol.md §5.1). */
public enum RegistrationState implements WireValue {
    /** R1 not yet answered with a worker id; retried with backoff. */
    REGISTERING,
    /** Credentials held; heartbeat and poll run. */
    REGISTERED,
    /** R1 refused (401/403): no retry until reload or restart. */
    FAILING;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}
