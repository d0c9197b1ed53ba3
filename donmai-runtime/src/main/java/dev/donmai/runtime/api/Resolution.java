package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeTarget;
import java.util.List;
import java.util.Objects;

/**
 * The result of scope resolution (contracts.md §2.1): the matching providers in rotation, most specific first, and
 * every other provider considered with the reason it was not chosen.
 *
 * @param candidates never empty; the first is the chosen provider, the rest are fallbacks in order
 * @param rejected   the considered providers other than the chosen one, with why (outranked, no match, out of
 *                   rotation); the same list the {@code scope-resolved} hook carries
 */
public record Resolution(
        ProviderFamily family,
        ScopeTarget target,
        List<ProviderRef> candidates,
        List<ProviderHookEvent.Rejection> rejected) {

    public Resolution {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(target, "target");
        candidates = List.copyOf(candidates);
        rejected = List.copyOf(rejected);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a resolution has at least one candidate");
        }
    }

    /** The most specific candidate. */
    public ProviderRef chosen() {
        return candidates.get(0);
    }
}
