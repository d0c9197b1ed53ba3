package dev.donmai.providers.tck.selftest;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * A provider that forwards the base contract to a correct fake; a subclass overrides one family verb to break it,
 * so a self-test can show the family check aimed at that verb fails.
 */
abstract class Delegating<C extends Capabilities, P extends Provider<C>> implements Provider<C> {

    protected final P delegate;

    Delegating(P delegate) {
        this.delegate = delegate;
    }

    /** A factory with {@code base}'s manifest whose providers are {@code wrap} of {@code base}'s. */
    static <P> ProviderFactory factory(ProviderFactory base, Function<P, Provider<?>> wrap) {
        return new ProviderFactory() {
            @Override
            public ProviderManifest<?> manifest() {
                return base.manifest();
            }

            @Override
            @SuppressWarnings("unchecked")
            public Provider<?> create(ProviderConfig config) {
                return wrap.apply((P) base.create(config));
            }
        };
    }

    @Override
    public ProviderManifest<C> manifest() {
        return delegate.manifest();
    }

    @Override
    public C observedCapabilities() {
        return delegate.observedCapabilities();
    }

    @Override
    public ProviderScope scope() {
        return delegate.scope();
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return delegate.signature();
    }

    @Override
    public void activate(ProviderHost host, Duration timeout) {
        delegate.activate(host, timeout);
    }

    @Override
    public void deactivate(Duration timeout) {
        delegate.deactivate(timeout);
    }

    @Override
    public ProviderHealth health(Duration timeout) {
        return delegate.health(timeout);
    }
}
