package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.runtime.fakes.FakeCapabilities;
import dev.donmai.runtime.fakes.FakeProvider;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import dev.donmai.runtime.fakes.TestRegistries;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a load does with factories that misbehave and with per-provider configuration. */
class LoadingTest {

    @TempDir
    Path stateHome;

    private ProviderRegistry registry;

    @AfterEach
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    private ProviderRegistry registryWith(RegistryConfig config, ProviderFactory... factories) {
        registry = ProviderRegistry.create(config);
        for (ProviderFactory factory : factories) {
            registry.register(factory);
        }
        return registry;
    }

    @Test
    void eachConfigurationCreatesOneProviderFromIt() {
        FakeProviderFactory factory = FakeProviderFactory.sandbox("box");
        registryWith(TestRegistries.config(stateHome)
                .providerConfig(ProviderFamily.SANDBOX, "box", ProviderConfig.of(Map.of("size", 1)))
                .build(), factory).load();

        assertThat(factory.created()).hasSize(1);
        assertThat(registry.providers()).extracting(ProviderRef::id).containsExactly("box");
    }

    @Test
    void anUnknownConfigurationKeyFailsTheLoad() {
        FakeProviderFactory strict = FakeProviderFactory.sandbox("box").shaping(p -> {
            ProviderConfig.of(Map.of("sise", 1)).requireOnlyKeys(List.of("size"));
            return p;
        });
        registryWith(TestRegistries.config(stateHome).build(), strict);

        assertThatThrownBy(registry::load)
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.UNKNOWN_FIELD));
    }

    @Test
    void aFactoryThrowingSomethingElseFailsTheLoadAsOperationFailed() {
        FakeProviderFactory crashing = FakeProviderFactory.sandbox("box").shaping(p -> {
            throw new IllegalArgumentException("bad");
        });
        registryWith(TestRegistries.config(stateHome).build(), crashing);

        assertThatThrownBy(registry::load)
                .isInstanceOfSatisfying(ProviderException.OperationFailed.class,
                        e -> assertThat(e.verb()).isEqualTo("create sandbox/box"));
    }

    @Test
    void aProviderWhoseManifestDiffersFromItsFactoryFailsTheLoad() {
        ProviderManifest<FakeCapabilities> other =
                FakeProviderFactory.manifest("box").license("MIT").build();
        FakeProviderFactory lying = FakeProviderFactory.sandbox("box").shaping(p -> new FakeProvider(other, p.scope()));
        registryWith(TestRegistries.config(stateHome).build(), lying);

        assertThatThrownBy(registry::load)
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class,
                        e -> assertThat(e.field()).isEqualTo("sandbox/box.manifest"));
    }

    @Test
    void aFactoryWithAnUnreadableManifestIsSkipped() {
        ProviderFactory broken = new ProviderFactory() {
            @Override
            public ProviderManifest<?> manifest() {
                throw new IllegalStateException("corrupt");
            }

            @Override
            public Provider<?> create(ProviderConfig config) {
                throw new AssertionError("never created");
            }
        };
        registryWith(TestRegistries.config(stateHome).build(), broken, FakeProviderFactory.sandbox("box")).load();

        assertThat(registry.providers()).extracting(ProviderRef::id).containsExactly("box");
    }

    @Test
    void aMissingProvidersDirectoryIsNotAnError() {
        registryWith(RegistryConfig.builder(stateHome).providerPath(stateHome.resolve("nowhere")).build()).load();

        assertThat(registry.providers()).isEmpty();
    }
}
