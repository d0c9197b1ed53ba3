package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.deployment.DeploymentCapabilities;
import dev.donmai.contracts.deployment.DeploymentProvider;
import dev.donmai.contracts.deployment.DeploymentRef;
import dev.donmai.contracts.deployment.DeploymentRequest;
import dev.donmai.contracts.deployment.DeploymentRollback;
import dev.donmai.contracts.deployment.DeploymentStatus;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Deployments in memory. A deployment is {@code InProgress} on its first status read and {@code Succeeded} after,
 * so a caller must really poll; one to the environment {@value #FROZEN_ENVIRONMENT} is {@code Rejected}.
 */
public final class FakeDeploymentProvider extends FakeProvider<DeploymentCapabilities> implements DeploymentProvider {

    /** The environment every deployment to is refused. */
    public static final String FROZEN_ENVIRONMENT = "frozen";

    private final Map<String, DeploymentStatus> statuses = new HashMap<>();
    private final Map<String, DeploymentRef> rollbacks = new HashMap<>();
    private long counter;

    FakeDeploymentProvider(ProviderManifest<DeploymentCapabilities> manifest, ProviderScope scope) {
        super(manifest, scope);
    }

    @Override
    public synchronized DeploymentRef deploy(DeploymentRequest request, Duration timeout) {
        ProviderHost host = enter("deploy");
        if (request.region() != null && !capabilities().servesRegion(request.region())) {
            throw new ProviderException.Unsupported("deploy.region");
        }
        DeploymentRef ref = new DeploymentRef(manifest().id(), "dep-" + (++counter), request.environment(), now(host));
        statuses.put(ref.deploymentId(), FROZEN_ENVIRONMENT.equals(request.environment())
                ? new DeploymentStatus.Rejected("environment-frozen", now(host))
                : DeploymentStatus.PENDING);
        return ref;
    }

    @Override
    public synchronized DeploymentStatus status(DeploymentRef deployment, Duration timeout) {
        ProviderHost host = enter("status");
        DeploymentStatus status = known(deployment, "status");
        DeploymentStatus next = status instanceof DeploymentStatus.Pending ? new DeploymentStatus.InProgress("rolling out")
                : status instanceof DeploymentStatus.InProgress ? new DeploymentStatus.Succeeded(null, now(host))
                : status;
        statuses.put(deployment.deploymentId(), next);
        return next;
    }

    @Override
    public Optional<DeploymentRollback> rollback() {
        return Optional.of(this::rollback);
    }

    private synchronized DeploymentRef rollback(DeploymentRef deployment, Duration timeout) {
        ProviderHost host = enter("rollback");
        DeploymentRef earlier = rollbacks.get(deployment.deploymentId());
        if (earlier != null) {
            return earlier;
        }
        if (!(known(deployment, "rollback") instanceof DeploymentStatus.Succeeded)) {
            throw new ProviderException.OperationFailed("rollback", "not-deployed", false);
        }
        DeploymentRef back = new DeploymentRef(manifest().id(), "dep-" + (++counter), deployment.environment(),
                now(host));
        statuses.put(back.deploymentId(), DeploymentStatus.PENDING);
        statuses.put(deployment.deploymentId(), new DeploymentStatus.RolledBack(back.deploymentId(), now(host)));
        rollbacks.put(deployment.deploymentId(), back);
        return back;
    }

    private DeploymentStatus known(DeploymentRef ref, String verb) {
        DeploymentStatus status = ref.providerId().equals(manifest().id()) ? statuses.get(ref.deploymentId()) : null;
        if (status == null) {
            throw new ProviderException.OperationFailed(verb, "unknown-deployment", false);
        }
        return status;
    }
}
