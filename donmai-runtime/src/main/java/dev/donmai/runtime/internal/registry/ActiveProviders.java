package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderLookup;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets providers find each other among the active ones; when one id is active at several scope levels, the most
 * specific wins, as in resolution.
 */
final class ActiveProviders implements ProviderLookup {

    private final Supplier<List<LoadedProvider>> loaded;

    ActiveProviders(Supplier<List<LoadedProvider>> loaded) {
        this.loaded = loaded;
    }

    @Override
    public <P> Optional<P> find(ProviderFamily family, String id, Class<P> type) {
        return loaded.get().stream()
                .filter(p -> p.ref().family() == family && p.ref().id().equals(id))
                .filter(LoadedProvider::isActive)
                .filter(p -> type.isInstance(p.provider()))
                .max(Comparator.comparing(p -> p.ref().level()))
                .map(p -> type.cast(p.provider()));
    }
}
