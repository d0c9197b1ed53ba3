package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;

/**
 * A normalised issue event.
 *
 * @param eventId    a stable id for deduplication (the delivery id when the tracker gives one)
 * @param kind       what happened
 * @param issue      the issue
 * @param status     the issue's status after the event, when the delivery says
 * @param occurredAt when it happened
 */
public record IssueEvent(String eventId, IssueEventKind kind, IssueRef issue, @Nullable String status,
        Instant occurredAt) {

    public IssueEvent {
        FieldChecks.requireText(eventId, "eventId");
        FieldChecks.require(kind, "kind");
        FieldChecks.require(issue, "issue");
        FieldChecks.optionalText(status, "status");
        FieldChecks.require(occurredAt, "occurredAt");
    }
}
