package dev.donmai.runtime.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.model.AccessBlock;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CellRule;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.fakes.TestRegistries;
import dev.donmai.runtime.fakes.session.FakeEndpointProvider;
import dev.donmai.runtime.fakes.session.ScriptedHarnessProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 1's harness choice ({@code auto}) and the model endpoint selection, over a real registry. */
class ProviderChoiceTest {

    @TempDir
    Path stateHome;

    private ProviderRegistry registry;

    private ProviderRegistry registry(ProviderFactory... factories) {
        registry = ProviderRegistry.create(TestRegistries.config(stateHome).build());
        for (ProviderFactory f : factories) {
            registry.register(f);
        }
        registry.load();
        return registry;
    }

    @AfterEach
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void autoTakesTheFirstInstalledOfClaudeCodexOpencode() {
        ScriptedHarnessProvider claude = new ScriptedHarnessProvider("claude")
                .health(new ProviderHealth.Unhealthy("claude: command not found"));
        ScriptedHarnessProvider codex = new ScriptedHarnessProvider("codex");
        ScriptedHarnessProvider opencode = new ScriptedHarnessProvider("opencode");
        HarnessResolver resolver = new HarnessResolver(registry(claude.factory(), opencode.factory(),
                codex.factory(), new ScriptedHarnessProvider("stub").factory()));

        HarnessResolver.Chosen chosen = resolver.resolve("auto", ScopeTarget.global());

        assertThat(chosen.id()).isEqualTo("codex");
        assertThat(chosen.warning()).isEmpty();
    }

    @Test
    void autoFallsBackToStubWithAWarningAndExplicitIdsMustBeRegistered() {
        HarnessResolver resolver = new HarnessResolver(registry(new ScriptedHarnessProvider("stub").factory(),
                new ScriptedHarnessProvider("shell").factory()));

        HarnessResolver.Chosen chosen = resolver.resolve("auto", ScopeTarget.global());

        assertThat(chosen.id()).isEqualTo("stub");
        assertThat(chosen.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("harness-auto-stub"));
        assertThat(resolver.idFor("shell", ScopeTarget.global())).contains("shell");
        assertThat(resolver.idFor("claude", ScopeTarget.global())).isEmpty();
    }

    @Test
    void autoWithoutStubIsNotAvailable() {
        HarnessResolver resolver = new HarnessResolver(registry(new ScriptedHarnessProvider("shell").factory()));

        assertThat(resolver.idFor("auto", ScopeTarget.global())).isEqualTo(Optional.empty());
    }

    @Test
    void endpointForTheHarnessWithAuthModeFromTheGate() {
        EndpointSelector selector = new EndpointSelector(registry(FakeEndpointProvider.factory()), null);

        EndpointBinding binding = selector.select(SessionSpec.builder("s").model("m-1").build(),
                ScriptedHarnessProvider.CAPS, ScopeTarget.global());

        assertThat(binding.company()).isEqualTo("fake");
        assertThat(binding.model()).isEqualTo("m-1");
        assertThat(binding.authMode()).isEqualTo(AuthMode.LOCAL);
    }

    @Test
    void noEndpointFitsOtherCompaniesOrDeniedModes() {
        registry(FakeEndpointProvider.factory());
        EndpointSelector selector = new EndpointSelector(registry, null);
        assertThatThrownBy(() -> selector.select(SessionSpec.builder("s").company("other").build(),
                ScriptedHarnessProvider.CAPS, ScopeTarget.global())).isInstanceOf(EndpointSelector.NoEndpoint.class)
                .hasMessage("no-model-endpoint-fits");
        assertThatThrownBy(() -> selector.select(SessionSpec.builder("s").platformAllowed(List.of(AuthMode.BYOK))
                .build(), ScriptedHarnessProvider.CAPS, ScopeTarget.global()))
                .isInstanceOf(EndpointSelector.NoEndpoint.class);

        MachineAccess denyLocal = MachineAccess.of(AccessBlock.of(Map.of("*",
                Map.of(AuthMode.LOCAL, new CellRule(false, null, null)))));
        assertThatThrownBy(() -> new EndpointSelector(registry, denyLocal).select(SessionSpec.builder("s").build(),
                ScriptedHarnessProvider.CAPS, ScopeTarget.global())).hasMessage("model-access-denied");
    }

    @Test
    void noEndpointProviderAtAll() {
        EndpointSelector selector = new EndpointSelector(registry(new ScriptedHarnessProvider("stub").factory()),
                null);

        assertThatThrownBy(() -> selector.select(SessionSpec.builder("s").build(), ScriptedHarnessProvider.CAPS,
                ScopeTarget.global())).hasMessage("no-model-endpoint");
    }
}
