package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.Provider;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider of the {@code sandbox} family: provisions the place a worker runs and tears it down.
 *
 * <p>A provisioning failure after the handle exists is reported as a {@link SandboxStatus.Failed} value by
 * {@link #status}, not as an exception. {@link #terminate} is idempotent and may run concurrently with other verbs
 * on the same handle.
 */
public interface SandboxProvider extends Provider<SandboxCapabilities> {

    /**
     * Starts provisioning a sandbox for {@code spec} and returns its handle; the sandbox may still be
     * {@link SandboxStatus.Provisioning}.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported when the spec asks for something the
     *         capabilities rule out (a region, GPU, custom network policy, resources above the maxima)
     * @throws dev.donmai.contracts.provider.ProviderException.Unavailable when there is no capacity now
     */
    SandboxHandle provision(SandboxSpec spec, Duration timeout);

    /**
     * The sandbox's current status. Right after {@link #provision} it is {@code Provisioning}, {@code Ready} or
     * {@code Running}; a sandbox that failed is a {@link SandboxStatus.Failed} value.
     */
    SandboxStatus status(SandboxHandle handle, Duration timeout);

    /**
     * Terminates the sandbox; idempotent. A repeat (or a call on an already ended sandbox) returns a
     * {@code Terminated} value again and never throws for that reason; after it, {@link #status} is
     * {@code Terminated}.
     */
    SandboxStatus.Terminated terminate(SandboxHandle handle, Duration timeout);

    /** Pause and resume; present iff {@code capabilities().supportsPauseResume()}. */
    default Optional<SandboxPauseResume> pauseResume() {
        return Optional.empty();
    }

    /** Capacity snapshots; present iff {@code capabilities().supportsCapacityQuery()}. */
    default Optional<SandboxCapacityProbe> capacityProbe() {
        return Optional.empty();
    }

    /** Log streaming; present iff {@code capabilities().supportsLogStreaming()}. */
    default Optional<SandboxLogs> logs() {
        return Optional.empty();
    }
}
