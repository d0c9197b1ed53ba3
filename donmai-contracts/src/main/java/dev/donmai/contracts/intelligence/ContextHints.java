package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * Context that boosts a memory query without filtering it.
 *
 * @param sessionId the asking session
 * @param issueId   the issue being worked on
 * @param paths     repository paths in play (SHOULD clauses)
 */
public record ContextHints(@Nullable String sessionId, @Nullable String issueId, List<String> paths) {

    /** No hints. */
    public static final ContextHints NONE = new ContextHints(null, null, List.of());

    public ContextHints {
        FieldChecks.optionalText(sessionId, "sessionId");
        FieldChecks.optionalText(issueId, "issueId");
        paths = FieldChecks.requiredTexts(paths, "paths");
    }
}
