package dev.donmai.providers.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.providers.tck.TckHost;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The configuration keys of sessions.md §12 and the factories' registration. */
class HarnessConfigTest {

    @Test
    void everyProviderIsRegistered() {
        List<String> ids = ServiceLoader.load(ProviderFactory.class).stream()
                .map(p -> p.get().manifest().id()).toList();
        assertThat(ids).contains("claude", "codex", "opencode", "shell", "stub", "host-session");
    }

    @Test
    void keysAreChecked() {
        ClaudeHarnessFactory factory = new ClaudeHarnessFactory();
        assertThat(code(() -> factory.create(ProviderConfig.of(Map.of("binDir", "/x")))))
                .isEqualTo(ProviderException.ViolationCode.UNKNOWN_FIELD);
        assertThat(code(() -> factory.create(ProviderConfig.of(Map.of("args", "--verbose")))))
                .isEqualTo(ProviderException.ViolationCode.INVALID_VALUE);
        assertThat(code(() -> factory.create(ProviderConfig.of(Map.of("envPrefix", "donmai")))))
                .isEqualTo(ProviderException.ViolationCode.INVALID_VALUE);
        assertThat(code(() -> new StubHarnessFactory().create(ProviderConfig.of(Map.of("binDir", "relative")))))
                .isEqualTo(ProviderException.ViolationCode.INVALID_VALUE);
        HarnessSettings settings = HarnessSettings.read(ProviderConfig.of(Map.of("binary", "/opt/claude",
                "args", List.of("--debug"), "enabled", "false", "envPrefix", "ACME")), "claude", List.of(), true,
                java.util.Set.of());
        assertThat(settings).isEqualTo(new HarnessSettings("/opt/claude", true, List.of("--debug"), false, "ACME",
                null));
    }

    @Test
    void defaults() {
        assertThat(settings(new CodexHarnessFactory()).args()).containsExactly("--full-auto");
        assertThat(settings(new ClaudeHarnessFactory()).binary()).isEqualTo("claude");
        assertThat(settings(new ShellHarnessFactory()).enabled()).isFalse();
        assertThat(settings(new StubHarnessFactory()).enabled()).isTrue();
        assertThat(settings(new OpencodeHarnessFactory()).envPrefix()).isEqualTo("DONMAI");
    }

    @Test
    void aConfiguredBinaryThatIsMissingFailsActivation() {
        HarnessProvider provider = new ClaudeHarnessFactory().create(
                ProviderConfig.of(Map.of("binary", "/nonexistent/claude")));
        try (TckHost host = TckHost.forProvider(provider)) {
            assertThat(provider.health(Duration.ofSeconds(1))).isInstanceOf(ProviderHealth.Unhealthy.class);
            assertThatThrownBy(() -> provider.activate(host, Duration.ofSeconds(1)))
                    .isInstanceOf(ProviderException.ActivationFailed.class);
        }
    }

    @Test
    void aBinaryOnThePathIsLeftToTheSessionsPath() {
        HarnessProvider provider = new ClaudeHarnessFactory().create(ProviderConfig.empty());
        try (TckHost host = TckHost.forProvider(provider)) {
            provider.activate(host, Duration.ofSeconds(1));
            assertThat(provider.health(Duration.ofSeconds(1))).isEqualTo(ProviderHealth.READY);
            provider.deactivate(Duration.ofSeconds(1));
        }
    }

    private static HarnessSettings settings(ProviderFactory factory) {
        return ((HarnessAdapter) factory.create(ProviderConfig.empty())).settings;
    }

    private static ProviderException.ViolationCode code(Runnable create) {
        try {
            create.run();
        } catch (ProviderException.ContractViolation e) {
            return e.code();
        }
        throw new AssertionError("no ContractViolation");
    }
}
