package dev.donmai.contracts.sandbox;

import java.time.Duration;

/** Facet of a {@link SandboxProvider} with {@code supportsCapacityQuery}. */
public interface SandboxCapacityProbe {

    /**
     * The provider's capacity now. {@link CapacitySnapshot#maxConcurrent()} is null iff the declared
     * {@link SandboxCapabilities#maxConcurrent()} is null.
     */
    CapacitySnapshot capacity(Duration timeout);
}
