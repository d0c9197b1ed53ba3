package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.SandboxProviderContractTest;
import java.util.Map;
import java.util.Optional;

class FakeSandboxProviderTest extends SandboxProviderContractTest<FakeSandboxProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeSandboxProviderFactory();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }

    @Override
    protected Optional<SandboxSpec> failingSpec(SessionKey session) {
        SandboxSpec s = spec(session);
        return Optional.of(new SandboxSpec(s.session(), s.scope(), s.resources(), s.registrationToken(),
                FakeSandboxProvider.FAILING_IMAGE, Map.of(), null, null, null, null, null, null));
    }
}
