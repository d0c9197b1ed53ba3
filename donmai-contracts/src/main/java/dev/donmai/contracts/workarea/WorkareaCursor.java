package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;

/**
 * Position in a workarea's observation stream. Every acquire starts a new {@code streamId}; snapshot and resume
 * keep the cursor.
 *
 * @param streamId the stream, new for each acquire
 * @param position the number of observations emitted so far, from 0
 */
public record WorkareaCursor(String streamId, long position) {

    public WorkareaCursor {
        Ids.requireId(streamId, "streamId");
        FieldChecks.nonNegative(position, "position");
    }

    /** The start of stream {@code streamId}. */
    public static WorkareaCursor start(String streamId) {
        return new WorkareaCursor(streamId, 0);
    }
}
