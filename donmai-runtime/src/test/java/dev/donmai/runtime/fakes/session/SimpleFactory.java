package dev.donmai.runtime.fakes.session;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.function.Supplier;

/** A factory handing out one prepared provider instance. */
public final class SimpleFactory<C extends Capabilities> implements ProviderFactory {

    private final ProviderManifest<C> manifest;
    private final Supplier<? extends Provider<C>> provider;

    public SimpleFactory(ProviderManifest<C> manifest, Supplier<? extends Provider<C>> provider) {
        this.manifest = manifest;
        this.provider = provider;
    }

    @Override
    public ProviderManifest<C> manifest() {
        return manifest;
    }

    @Override
    public Provider<?> create(ProviderConfig config) {
        return provider.get();
    }

    static <C extends Capabilities> ProviderManifest<C> manifest(String id, C caps) {
        return ProviderManifest.builder(id, "1.0.0", caps).factory(SimpleFactory.class).build();
    }
}
