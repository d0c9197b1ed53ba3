package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.AgentRegistryProviderContractTest;
import java.util.Optional;

class FakeAgentRegistryProviderTest extends AgentRegistryProviderContractTest<FakeAgentRegistryProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeAgentRegistryProviderFactory();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
