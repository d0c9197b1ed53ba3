package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.HarnessProviderContractTest;
import dev.donmai.providers.tck.Scenario;
import dev.donmai.providers.tck.TckIds;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

class FakeHarnessProviderTest extends HarnessProviderContractTest<FakeHarnessProvider> {

    @Override
    protected ProviderFactory factory() {
        return new FakeHarnessProviderFactory();
    }

    @Override
    protected SpawnSpec specFor(Scenario scenario, Path cwd) {
        return SpawnSpec.builder(TckIds.sessionKey(), cwd, "play " + scenario,
                        endpointFor(FakeHarnessProviderFactory.CAPABILITIES))
                .env(Map.of(FakeHarnessProvider.SCENARIO_ENV, scenario.name()))
                .build();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(BrokenHosts.unwritableDataDir());
    }
}
