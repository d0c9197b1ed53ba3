package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.ModelEndpointProviderContractTest;
import java.util.Map;
import java.util.Optional;

class FakeModelEndpointProviderTest extends ModelEndpointProviderContractTest<FakeModelEndpointProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeModelEndpointProviderFactory();
    }

    @Override
    protected Optional<ProviderConfig> configWithBadBaseUrl() {
        return Optional.of(ProviderConfig.of(Map.of("baseUrl", "http://models.tck.invalid/v1")));
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
