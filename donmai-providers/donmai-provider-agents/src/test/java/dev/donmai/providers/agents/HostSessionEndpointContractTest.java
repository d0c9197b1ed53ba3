package dev.donmai.providers.agents;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ModelEndpointProviderContractTest;

/** The TCK's model-endpoint contract for {@code host-session}. */
class HostSessionEndpointContractTest extends ModelEndpointProviderContractTest<HostSessionEndpoint> {

    @Override
    protected ProviderFactory factory() {
        return new HostSessionEndpointFactory();
    }
}
