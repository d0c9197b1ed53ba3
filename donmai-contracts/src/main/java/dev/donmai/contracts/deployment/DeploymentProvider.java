package dev.donmai.contracts.deployment;

import dev.donmai.contracts.provider.Provider;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider of the {@code deployment} family. A deployment the provider itself refuses (quota, frozen
 * environment, invalid revision) is reported as {@link DeploymentStatus.Rejected}, not thrown.
 */
public interface DeploymentProvider extends Provider<DeploymentCapabilities> {

    /**
     * Starts a deployment and returns its reference; follow it with {@link #status}.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unsupported for a region outside
     *         {@link DeploymentCapabilities#regions()}
     */
    DeploymentRef deploy(DeploymentRequest request, Duration timeout);

    /** The deployment's current status. */
    DeploymentStatus status(DeploymentRef deployment, Duration timeout);

    /** Rollback; present iff {@code capabilities().supportsRollback()}. */
    default Optional<DeploymentRollback> rollback() {
        return Optional.empty();
    }
}
