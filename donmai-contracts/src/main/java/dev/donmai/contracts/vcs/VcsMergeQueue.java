package dev.donmai.contracts.vcs;

import java.time.Duration;
import java.util.Optional;

/** Facet of a {@link VcsProvider} with {@code hasMergeQueue}. */
public interface VcsMergeQueue {

    /** Adds a proposal to the merge queue; enqueuing a queued proposal returns its existing entry. */
    MergeQueueEntry enqueue(ProposalRef proposal, Duration timeout);

    /** The entry's result once the queue has processed it; empty while it is still queued. */
    Optional<MergeResult> result(MergeQueueEntry entry, Duration timeout);

    /** Removes the entry from the queue; idempotent. */
    void dequeue(MergeQueueEntry entry, Duration timeout);
}
