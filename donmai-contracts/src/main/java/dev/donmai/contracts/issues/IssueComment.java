package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;

/**
 * A comment on an issue.
 *
 * @param id        the tracker's id for the comment
 * @param issue     the issue
 * @param author    the author's handle, if known
 * @param body      the text
 * @param createdAt when it was written
 */
public record IssueComment(String id, IssueRef issue, @Nullable String author, String body, Instant createdAt) {

    public IssueComment {
        FieldChecks.requireText(id, "id");
        FieldChecks.require(issue, "issue");
        FieldChecks.optionalText(author, "author");
        FieldChecks.require(body, "body");
        FieldChecks.require(createdAt, "createdAt");
    }
}
