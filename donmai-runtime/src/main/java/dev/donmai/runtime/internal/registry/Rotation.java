package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderHealth;

/**
 * Whether a provider is in rotation, from its polled health (contracts.md §2): {@code Unhealthy} leaves at once,
 * {@code Degraded} after two consecutive polls, {@code Ready} returns it. Not thread-safe; its owner synchronises.
 */
final class Rotation {

    static final int DEGRADED_POLLS_TO_LEAVE = 2;

    private boolean inRotation = true;
    private int consecutiveDegraded;

    boolean inRotation() {
        return inRotation;
    }

    /** Applies one poll result; true when that moved the provider into or out of rotation. */
    boolean record(ProviderHealth health) {
        boolean before = inRotation;
        if (health instanceof ProviderHealth.Unhealthy) {
            consecutiveDegraded = 0;
            inRotation = false;
        } else if (health instanceof ProviderHealth.Degraded) {
            consecutiveDegraded++;
            if (consecutiveDegraded >= DEGRADED_POLLS_TO_LEAVE) {
                inRotation = false;
            }
        } else {
            consecutiveDegraded = 0;
            inRotation = true;
        }
        return before != inRotation;
    }

    /** Forgets the history, as when the provider is deactivated. */
    void reset() {
        inRotation = true;
        consecutiveDegraded = 0;
    }
}
