package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.runtime.spi.ProviderHookListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The configuration an embedder hands {@link DonmaiModule}: where state lives, how the registry behaves, who hears
 * hook events and which factories are registered in code. Built by the entry point from its flags and files;
 * the runtime itself never reads the environment.
 *
 * @param stateHome the directory of all runtime state
 * @param registry  the provider registry's configuration
 * @param listeners hook listeners added before the registry loads, in order
 * @param factories factories registered in code, after every discovered one
 */
public record DonmaiConfig(
        Path stateHome,
        RegistryConfig registry,
        List<ProviderHookListener> listeners,
        List<ProviderFactory> factories) {

    public DonmaiConfig {
        Objects.requireNonNull(stateHome, "stateHome");
        Objects.requireNonNull(registry, "registry");
        listeners = List.copyOf(listeners);
        factories = List.copyOf(factories);
    }

    /** Defaults under {@code stateHome}: default registry settings, hook events logged, no code factories. */
    public static DonmaiConfig of(Path stateHome) {
        return new DonmaiConfig(stateHome, RegistryConfig.builder(stateHome).build(),
                List.of(new LoggingHookListener()), List.of());
    }

    /** This configuration with another registry configuration. */
    public DonmaiConfig withRegistry(RegistryConfig value) {
        return new DonmaiConfig(stateHome, value, listeners, factories);
    }

    /** This configuration with another list of hook listeners. */
    public DonmaiConfig withListeners(List<ProviderHookListener> value) {
        return new DonmaiConfig(stateHome, registry, value, factories);
    }

    /** This configuration with another list of code-registered factories. */
    public DonmaiConfig withFactories(List<ProviderFactory> value) {
        return new DonmaiConfig(stateHome, registry, listeners, value);
    }
}
