package dev.donmai.runtime.fakes.session;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.ScopeLevel;
import java.time.Duration;
import java.util.Optional;

/** The lifecycle part every session fake shares: global scope, unsigned, remembers its host. */
abstract class TestProvider<C extends Capabilities> implements Provider<C> {

    private final ProviderManifest<C> manifest;
    protected volatile ProviderHost host;

    TestProvider(ProviderManifest<C> manifest) {
        this.manifest = manifest;
    }

    @Override
    public ProviderManifest<C> manifest() {
        return manifest;
    }

    @Override
    public ProviderScope scope() {
        return new ProviderScope(ScopeLevel.GLOBAL, null);
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    @Override
    public void activate(ProviderHost host, Duration timeout) {
        this.host = host;
    }

    @Override
    public void deactivate(Duration timeout) {
        // Nothing held.
    }
}
