package dev.donmai.contracts.provider;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a provider applies. A non-{@code GLOBAL} scope needs a selector with a matcher for its own level
 * (rule 1 of scope resolution), else construction throws {@link ProviderException.InvalidScope}.
 */
public record ProviderScope(ScopeLevel level, @Nullable ScopeSelector selector) {

    /** The scope that applies everywhere. */
    public static final ProviderScope GLOBAL = new ProviderScope(ScopeLevel.GLOBAL, null);

    public ProviderScope {
        Objects.requireNonNull(level, "level");
        if (level != ScopeLevel.GLOBAL) {
            if (selector == null) {
                throw new ProviderException.InvalidScope(level.wire() + " scope without a selector");
            }
            if (selector.matcherFor(level).isEmpty()) {
                throw new ProviderException.InvalidScope(level.wire() + " scope without a " + level.wire() + " matcher");
            }
        }
    }

    /** The selector, absent for a plain {@code GLOBAL} scope. */
    public Optional<ScopeSelector> selectorIfAny() {
        return Optional.ofNullable(selector);
    }

    /** True when this scope applies to {@code target}. */
    public boolean matches(ScopeTarget target) {
        return selector == null || selector.matches(target);
    }
}
