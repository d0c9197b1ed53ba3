package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.Set;

/**
 * A memory query.
 *
 * @param query        the text, not blank
 * @param scope        where to search (its org's {@code _org} notes included)
 * @param contextHints boosts
 * @param limit        most nodes, 1..{@value #MAX_LIMIT}
 * @param includeKinds kinds to return; empty = all
 */
public record MemoryQuery(
        String query,
        MemoryScope scope,
        ContextHints contextHints,
        int limit,
        Set<ObservationKind> includeKinds) {

    /** The largest limit. */
    public static final int MAX_LIMIT = 50;
    /** The limit when none is given. */
    public static final int DEFAULT_LIMIT = 10;

    public MemoryQuery {
        FieldChecks.requireText(query, "query");
        FieldChecks.require(scope, "scope");
        FieldChecks.require(contextHints, "contextHints");
        FieldChecks.check(limit >= 1 && limit <= MAX_LIMIT, "limit");
        includeKinds = FieldChecks.requiredSet(includeKinds, "includeKinds");
    }

    /** A query with no hints, the default limit and every kind. */
    public static MemoryQuery of(String query, MemoryScope scope) {
        return new MemoryQuery(query, scope, ContextHints.NONE, DEFAULT_LIMIT, Set.of());
    }
}
