package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.HarnessProviderContractTest;
import dev.donmai.providers.tck.Scenario;
import dev.donmai.providers.tck.TckIds;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The TCK's harness contract for {@code claude}, driven by the fake stream-json CLI. */
class FakeClaudeContractTest extends HarnessProviderContractTest<ClaudeHarness> {

    @Override
    protected ProviderFactory factory() {
        return new ClaudeHarnessFactory();
    }

    @Override
    protected ProviderConfig config() {
        return ProviderConfig.of(Map.of("binary", FakeClis.path("claude").toString()));
    }

    @Override
    protected SpawnSpec specFor(Scenario scenario, Path cwd) {
        return SpawnSpec.builder(TckIds.sessionKey(), cwd, "Play " + scenario, endpointFor(ClaudeHarness.CAPABILITIES))
                .env(Map.of("FAKE_SCENARIO", scenario.name(), "PATH", FakeClis.searchPath()))
                .build();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(ActivationFailure.withConfig(ProviderConfig.of(Map.of("binary", "/nonexistent/claude"))));
    }
}
