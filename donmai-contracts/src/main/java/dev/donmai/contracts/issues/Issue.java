package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * An issue as the tracker reports it.
 *
 * @param ref       the issue
 * @param title     its title
 * @param body      its description
 * @param status    the tracker's status name
 * @param closed    the status counts as done or cancelled
 * @param labels    its labels
 * @param assignee  the assignee's handle, if assigned
 * @param updatedAt when it last changed
 */
public record Issue(
        IssueRef ref,
        String title,
        @Nullable String body,
        String status,
        boolean closed,
        List<String> labels,
        @Nullable String assignee,
        Instant updatedAt) {

    public Issue {
        FieldChecks.require(ref, "ref");
        FieldChecks.require(title, "title");
        FieldChecks.requireText(status, "status");
        labels = FieldChecks.requiredTexts(labels, "labels");
        FieldChecks.optionalText(assignee, "assignee");
        FieldChecks.require(updatedAt, "updatedAt");
    }
}
