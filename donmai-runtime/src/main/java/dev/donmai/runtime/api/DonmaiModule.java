package dev.donmai.runtime.api;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.util.Objects;

/**
 * Guice bindings of the runtime, built from one {@link DonmaiConfig}: the configuration records, the {@link Clock},
 * and a singleton {@link ProviderRegistry} that is already loaded when injected. The injector's owner closes the
 * registry when it is done (Guice has no shutdown hook of its own).
 */
public final class DonmaiModule extends AbstractModule {

    private final DonmaiConfig config;

    public DonmaiModule(DonmaiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        bind(DonmaiConfig.class).toInstance(config);
        bind(RegistryConfig.class).toInstance(config.registry());
        bind(Clock.class).toInstance(config.registry().clock());
    }

    @Provides
    @Singleton
    ProviderRegistry providerRegistry() {
        ProviderRegistry registry = ProviderRegistry.create(config.registry());
        config.listeners().forEach(registry::addListener);
        config.factories().forEach(registry::register);
        try {
            registry.load();
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        return registry;
    }
}
