package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.util.List;

/**
 * Which issues to list. Non-empty filters are ANDed; values within one filter are ORed.
 *
 * @param project  the tracker's project, team or repository
 * @param statuses status names to include; empty = any
 * @param labels   labels to include; empty = any
 * @param assignee the assignee's handle
 * @param text     free-text search
 * @param limit    page size, 1..{@value #MAX_LIMIT}
 * @param cursor   the {@link IssuePage#nextCursor()} of the previous page
 */
public record IssueQuery(
        @Nullable String project,
        List<String> statuses,
        List<String> labels,
        @Nullable String assignee,
        @Nullable String text,
        int limit,
        @Nullable String cursor) {

    /** The largest page size. */
    public static final int MAX_LIMIT = 500;
    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 50;

    public IssueQuery {
        FieldChecks.optionalText(project, "project");
        statuses = FieldChecks.requiredTexts(statuses, "statuses");
        labels = FieldChecks.requiredTexts(labels, "labels");
        FieldChecks.optionalText(assignee, "assignee");
        FieldChecks.optionalText(text, "text");
        FieldChecks.check(limit >= 1 && limit <= MAX_LIMIT, "limit");
        FieldChecks.optionalText(cursor, "cursor");
    }

    /** The first page of every issue of {@code project}. */
    public static IssueQuery project(@Nullable String project) {
        return new IssueQuery(project, List.of(), List.of(), null, null, DEFAULT_LIMIT, null);
    }

    /** The same query for the page at {@code nextCursor}. */
    public IssueQuery page(String nextCursor) {
        return new IssueQuery(project, statuses, labels, assignee, text, limit, nextCursor);
    }
}
