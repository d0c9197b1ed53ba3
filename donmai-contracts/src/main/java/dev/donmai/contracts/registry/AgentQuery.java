package dev.donmai.contracts.registry;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.Set;

/**
 * Which agents to list.
 *
 * @param text    free-text filter on name, description and tags
 * @param sources sources to include; empty = all
 * @param limit   most results, 1..{@value #MAX_LIMIT}
 */
public record AgentQuery(@Nullable String text, Set<AgentSource> sources, int limit) {

    /** The largest limit. */
    public static final int MAX_LIMIT = 500;

    public AgentQuery {
        FieldChecks.optionalText(text, "text");
        sources = FieldChecks.requiredSet(sources, "sources");
        FieldChecks.check(limit >= 1 && limit <= MAX_LIMIT, "limit");
    }

    /** Every agent, up to {@value #MAX_LIMIT}. */
    public static AgentQuery all() {
        return new AgentQuery(null, Set.of(), MAX_LIMIT);
    }
}
