package dev.donmai.contracts.deployment;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import java.time.Instant;

/**
 * A started deployment.
 *
 * @param providerId   the provider that made it
 * @param deploymentId the provider's id for it
 * @param environment  the target environment
 * @param createdAt    when it was started
 */
public record DeploymentRef(String providerId, String deploymentId, String environment, Instant createdAt) {

    public DeploymentRef {
        Ids.requireProviderId(providerId, "providerId");
        FieldChecks.requireText(deploymentId, "deploymentId");
        FieldChecks.requireText(environment, "environment");
        FieldChecks.require(createdAt, "createdAt");
    }
}
