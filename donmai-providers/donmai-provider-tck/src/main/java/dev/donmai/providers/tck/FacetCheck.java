package dev.donmai.providers.tck;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One facet of a family and the capability flag that governs it: the facet must be present iff the flag is true
 * (contracts.md §2, Facets). Family contract tests list their facets explicitly; a provider author adds its own
 * only for facets outside the family contract.
 *
 * @param facet    the facet accessor's name, for messages ({@code pauseResume})
 * @param flag     the capability component's name, for messages ({@code supportsPauseResume})
 * @param flagOf   reads the flag from the declared capabilities
 * @param accessor reads the facet from the provider
 */
public record FacetCheck<P, C>(String facet, String flag, Predicate<? super C> flagOf,
        Function<? super P, ? extends Optional<?>> accessor) {

    public FacetCheck {
        Objects.requireNonNull(facet, "facet");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(flagOf, "flagOf");
        Objects.requireNonNull(accessor, "accessor");
    }

    /** Shorthand for the constructor that reads well in a list. */
    public static <P, C> FacetCheck<P, C> of(String facet, String flag, Predicate<? super C> flagOf,
            Function<? super P, ? extends Optional<?>> accessor) {
        return new FacetCheck<>(facet, flag, flagOf, accessor);
    }
}
