package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderHookEvent.Rejection;
import dev.donmai.contracts.provider.ScopeTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the providers that apply to a target, most specific first (contracts.md §2.1 rules 2–3): the selector must
 * match (AND across matchers, OR within one, any excluded path excludes); then a higher scope level wins, within a
 * level an exact match of that level's matcher beats a glob, and remaining ties keep discovery order. Providers out
 * of rotation are skipped. Pure: it reads provider state but changes nothing.
 */
final class ScopeRanking {

    private ScopeRanking() {
    }

    /** The ranked candidates and every other considered provider with why it was not chosen. */
    record Outcome(List<LoadedProvider> candidates, List<Rejection> rejected) {
    }

    static Outcome rank(List<LoadedProvider> considered, ScopeTarget target) {
        List<LoadedProvider> candidates = new ArrayList<>();
        List<Rejection> unmatched = new ArrayList<>();
        for (LoadedProvider p : considered) {
            if (!p.scope().matches(target)) {
                unmatched.add(new Rejection(p.ref(), "scope does not match the target"));
            } else if (!p.inRotation()) {
                unmatched.add(new Rejection(p.ref(), "out of rotation (health)"));
            } else {
                candidates.add(p);
            }
        }
        candidates.sort(Comparator.<LoadedProvider, Integer>comparing(p -> p.ref().level().ordinal()).reversed()
                .thenComparing(p -> !isExact(p, target))
                .thenComparingInt(LoadedProvider::order));
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 1; i < candidates.size(); i++) {
            rejected.add(new Rejection(candidates.get(i).ref(), "outranked by " + candidates.get(0).ref()));
        }
        rejected.addAll(unmatched);
        return new Outcome(List.copyOf(candidates), List.copyOf(rejected));
    }

    private static boolean isExact(LoadedProvider p, ScopeTarget target) {
        return p.scope().selectorIfAny()
                .map(selector -> selector.matchesExactlyAt(p.ref().level(), target))
                .orElse(false);
    }
}
