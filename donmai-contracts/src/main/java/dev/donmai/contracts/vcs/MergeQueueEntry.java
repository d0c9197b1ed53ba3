package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;

/**
 * A proposal's place in a merge queue.
 *
 * @param id         the queue entry id
 * @param proposal   the queued proposal
 * @param position   its position from 1 when known
 * @param enqueuedAt when it was queued
 */
public record MergeQueueEntry(String id, ProposalRef proposal, @Nullable Integer position, Instant enqueuedAt) {

    public MergeQueueEntry {
        FieldChecks.requireText(id, "id");
        FieldChecks.require(proposal, "proposal");
        if (position != null) {
            FieldChecks.positive(position, "position");
        }
        FieldChecks.require(enqueuedAt, "enqueuedAt");
    }
}
