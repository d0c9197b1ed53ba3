package dev.donmai.providers.tck;

import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderLookup;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ProviderLookup} of a {@link TckHost}: empty until a test registers the other providers the one under
 * test may look up (for instance a workarea provider a sandbox provider delegates to).
 */
public final class TckProviderLookup implements ProviderLookup {

    private record Key(ProviderFamily family, String id) {
    }

    private final Map<Key, Object> providers = new ConcurrentHashMap<>();

    /** Makes {@code provider} findable as {@code family}/{@code id}; replaces an earlier registration. */
    public TckProviderLookup register(ProviderFamily family, String id, Object provider) {
        providers.put(new Key(Objects.requireNonNull(family, "family"), Objects.requireNonNull(id, "id")),
                Objects.requireNonNull(provider, "provider"));
        return this;
    }

    /** Removes a registration, if any. */
    public TckProviderLookup unregister(ProviderFamily family, String id) {
        providers.remove(new Key(family, id));
        return this;
    }

    @Override
    public <P> Optional<P> find(ProviderFamily family, String id, Class<P> type) {
        Object found = providers.get(new Key(family, id));
        return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
    }
}
