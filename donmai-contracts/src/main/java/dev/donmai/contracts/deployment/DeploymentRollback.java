package dev.donmai.contracts.deployment;

import java.time.Duration;

/** Facet of a {@link DeploymentProvider} with {@code supportsRollback}. */
public interface DeploymentRollback {

    /**
     * Rolls {@code deployment} back to what its environment ran before it. Returns the reference of the rollback
     * (itself a deployment to follow with {@code status}); {@code deployment}'s status becomes
     * {@link DeploymentStatus.RolledBack}. Rolling back a rolled-back deployment returns the same reference.
     */
    DeploymentRef rollback(DeploymentRef deployment, Duration timeout);
}
