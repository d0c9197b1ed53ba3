package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.ScopeSelector;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.runtime.fakes.FakeProvider;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import dev.donmai.runtime.fakes.TestRegistries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health polling moves active providers out of and back into rotation; resolution skips the ones out of it. A
 * project-scoped provider is preferred while in rotation, so the chosen level shows the rotation state.
 */
class HealthRotationTest {

    private static final ScopeTarget TARGET = ScopeTarget.of(null, "acme", "web");

    @TempDir
    Path stateHome;

    private ProviderRegistry registry;
    private FakeProvider preferred;

    @BeforeEach
    void load() {
        FakeProviderFactory factory = FakeProviderFactory.sandbox("box");
        registry = ProviderRegistry.create(TestRegistries.config(stateHome)
                .healthPollInterval(Duration.ofMillis(10))
                .providerConfig(ProviderFamily.SANDBOX, "box",
                        new ProviderConfig(new ProviderScope(ScopeLevel.PROJECT, ScopeSelector.empty().withProject("web")),
                                Map.of(), Map.of()),
                        ProviderConfig.empty())
                .build());
        registry.register(factory);
        registry.load();
        preferred = factory.created().get(0);
        registry.activate(chosen());
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private ProviderRef chosen() {
        return registry.resolve(ProviderFamily.SANDBOX, "box", TARGET).chosen();
    }

    private ScopeLevel chosenLevel() {
        return chosen().level();
    }

    @Test
    void unhealthyLeavesRotationAndReadyReturnsIt() {
        assertThat(chosenLevel()).isEqualTo(ScopeLevel.PROJECT);

        preferred.reportHealth(new ProviderHealth.Unhealthy("disk full"));
        await().atMost(Duration.ofSeconds(5)).until(() -> chosenLevel() == ScopeLevel.GLOBAL);
        assertThat(registry.resolve(ProviderFamily.SANDBOX, "box", TARGET).rejected())
                .anySatisfy(r -> assertThat(r.reason()).isEqualTo("out of rotation (health)"));

        preferred.reportHealth(ProviderHealth.READY);
        await().atMost(Duration.ofSeconds(5)).until(() -> chosenLevel() == ScopeLevel.PROJECT);
    }

    @Test
    void degradedLeavesRotationOnlyAfterTwoPolls() {
        preferred.reportHealth(new ProviderHealth.Degraded("slow", null));

        await().atMost(Duration.ofSeconds(5)).until(() -> chosenLevel() == ScopeLevel.GLOBAL);
        assertThat(preferred.degradedPolls()).isGreaterThanOrEqualTo(2);

        preferred.reportHealth(ProviderHealth.READY);
        await().atMost(Duration.ofSeconds(5)).until(() -> chosenLevel() == ScopeLevel.PROJECT);
    }
}
