package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.ForwardingProviderHost;
import dev.donmai.providers.tck.HarnessProviderContractTest;
import dev.donmai.providers.tck.Scenario;
import dev.donmai.providers.tck.TckIds;
import dev.donmai.runtime.spi.harness.StubBehaviour;
import dev.donmai.runtime.spi.harness.StubOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The TCK's harness contract for {@code stub}, with the real bundled script. */
class StubHarnessContractTest extends HarnessProviderContractTest<StubHarness> {

    @Override
    protected ProviderFactory factory() {
        return new StubHarnessFactory();
    }

    @Override
    protected SpawnSpec specFor(Scenario scenario, Path cwd) {
        return spec(scenario, cwd);
    }

    static SpawnSpec spec(Scenario scenario, Path cwd) {
        StubOptions options = switch (scenario) {
            case SUCCEED_WITH_TEXT -> StubOptions.DEFAULTS;
            case FAIL -> StubOptions.DEFAULTS.withBehaviour(StubBehaviour.FAIL);
            case MID_STREAM_ERROR -> StubOptions.DEFAULTS.withBehaviour(StubBehaviour.MID_STREAM_ERROR);
            case SILENT_EXIT -> StubOptions.DEFAULTS.withBehaviour(StubBehaviour.SILENT_EXIT);
            case HANG -> StubOptions.DEFAULTS.withBehaviour(StubBehaviour.HANG);
            case SLOW_OUTPUT -> new StubOptions(StubBehaviour.SLOW_OUTPUT, 3, 300, false);
        };
        return SpawnSpec.builder(TckIds.sessionKey(), cwd, "Play " + scenario, endpointFor(StubHarness.CAPABILITIES))
                .env(Map.of("DONMAI_STUB_OPTIONS", options.toJson(), "PATH", FakeClis.searchPath()))
                .build();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(ActivationFailure.withHost(host -> new ForwardingProviderHost(host) {
            @Override
            public Path dataDir() {
                return host.dataDir().resolve("missing");
            }
        }));
    }

}
