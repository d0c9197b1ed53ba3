package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.deployment.DeploymentRequest;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.DeploymentProviderContractTest;
import java.util.Map;
import java.util.Optional;

class FakeDeploymentProviderTest extends DeploymentProviderContractTest<FakeDeploymentProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeDeploymentProviderFactory();
    }

    @Override
    protected Optional<DeploymentRequest> refusedRequest() {
        return Optional.of(new DeploymentRequest(null, FakeDeploymentProvider.FROZEN_ENVIRONMENT, "abc123", null,
                Map.of()));
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
