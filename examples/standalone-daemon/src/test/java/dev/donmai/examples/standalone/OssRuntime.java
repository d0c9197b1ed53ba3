package dev.donmai.examples.standalone;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.TrustMode;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.RegistryConfig;
import dev.donmai.runtime.api.SessionEngine;
import dev.donmai.runtime.api.SessionEngineConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The OSS runtime as the end-to-end tests build it: configuration objects only, a temp state home, the providers
 * found on the class path (local sandbox, git workarea and VCS, the harnesses, the host-session model endpoint),
 * {@code PERMISSIVE} trust, no orchestrator.
 */
final class OssRuntime implements AutoCloseable {

    final Path stateHome;
    final ProviderRegistry registry;
    final SessionEngine engine;

    OssRuntime(Path stateHome, Map<String, String> daemonEnv, UnaryOperator<SessionEngineConfig.Builder> tune) {
        this(stateHome, daemonEnv, tune, List.of());
    }

    /** With {@code extra} factories registered in code after the discovered ones (test harnesses). */
    OssRuntime(Path stateHome, Map<String, String> daemonEnv, UnaryOperator<SessionEngineConfig.Builder> tune,
            List<ProviderFactory> extra) {
        this.stateHome = stateHome;
        RegistryConfig registryConfig = RegistryConfig.builder(stateHome)
                .trustMode(TrustMode.PERMISSIVE)
                .providerDirectories(List.of())
                .providerConfig(ProviderFamily.WORKAREA, "git",
                        ProviderConfig.of(Map.of("stateHome", stateHome.toString())))
                .providerConfig(ProviderFamily.AGENT_RUNTIME, "shell", ProviderConfig.of(Map.of("enabled", true)))
                .build();
        this.registry = ProviderRegistry.create(registryConfig);
        extra.forEach(registry::register);
        registry.load();
        this.engine = SessionEngine.create(tune.apply(SessionEngineConfig.builder(stateHome)
                .daemonEnv(daemonEnv)
                .killGraceSeconds(1)
                .watchdogInterval(Duration.ofMillis(50))).build(), registry);
    }

    /** True when a provider of {@code family} with {@code id} was loaded. */
    boolean has(ProviderFamily family, String id) {
        return registry.providers().stream().anyMatch(r -> r.family() == family && r.id().equals(id));
    }

    @Override
    public void close() {
        engine.close();
        registry.close();
    }
}
