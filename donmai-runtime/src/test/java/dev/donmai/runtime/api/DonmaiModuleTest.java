package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.runtime.fakes.FakeProvider;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import dev.donmai.runtime.fakes.RecordingHookListener;
import dev.donmai.runtime.fakes.TestRegistries;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DonmaiModuleTest {

    @TempDir
    Path stateHome;

    @Test
    void injectorProvidesOneLoadedRegistryFromConfigurationOnly() {
        RecordingHookListener hooks = new RecordingHookListener();
        DonmaiConfig config = DonmaiConfig.of(stateHome)
                .withRegistry(TestRegistries.config(stateHome).build())
                .withListeners(List.of(new LoggingHookListener(), hooks))
                .withFactories(List.of(FakeProviderFactory.sandbox("box")));
        Injector injector = Guice.createInjector(new DonmaiModule(config));

        try (ProviderRegistry registry = injector.getInstance(ProviderRegistry.class)) {
            assertThat(injector.getInstance(ProviderRegistry.class)).isSameAs(registry);
            assertThat(injector.getInstance(Clock.class).instant()).isEqualTo(TestRegistries.NOW);
            assertThat(injector.getInstance(DonmaiConfig.class).stateHome()).isEqualTo(stateHome);

            FakeProvider box = registry.acquire(ProviderFamily.SANDBOX, "box", ScopeTarget.global(), FakeProvider.class);

            assertThat(box.active()).isTrue();
            assertThat(box.host().dataDir()).startsWith(stateHome);
            assertThat(hooks.events()).extracting(ProviderHookEvent::kind)
                    .containsExactly("scope-resolved", "pre-activate", "post-activate");
        }
    }

    @Test
    void defaultsLiveUnderTheStateHome() {
        DonmaiConfig config = DonmaiConfig.of(stateHome);

        assertThat(config.registry().providerDirectories()).containsExactly(stateHome.resolve("providers"));
        assertThat(config.registry().dataRoot()).isEqualTo(stateHome.resolve("provider-data"));
        assertThat(config.registry().trustMode()).isEqualTo(dev.donmai.contracts.provider.TrustMode.PERMISSIVE);
        assertThat(config.registry().acceptedApiVersions()).containsExactly("donmai.dev/v1");
        assertThat(config.listeners()).hasOnlyElementsOfType(LoggingHookListener.class);
    }
}
