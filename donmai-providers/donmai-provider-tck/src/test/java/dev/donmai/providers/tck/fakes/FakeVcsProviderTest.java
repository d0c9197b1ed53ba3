package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.VcsProviderContractTest;
import java.util.Optional;

class FakeVcsProviderTest extends VcsProviderContractTest<FakeVcsProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeVcsProviderFactory();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
