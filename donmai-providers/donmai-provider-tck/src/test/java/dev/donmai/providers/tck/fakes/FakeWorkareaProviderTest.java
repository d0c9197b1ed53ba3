package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.WorkareaProviderContractTest;
import java.util.Optional;

class FakeWorkareaProviderTest extends WorkareaProviderContractTest<FakeWorkareaProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeWorkareaProviderFactory();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
