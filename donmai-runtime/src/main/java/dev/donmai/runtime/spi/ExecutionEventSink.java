package dev.donmai.runtime.spi;

import dev.donmai.contracts.events.ExecutionEventEnvelope;

/**
 * Where the runner sends the session's execution events (the event spine, contracts.md §5, sessions.md §7): one
 * envelope per lifecycle fact and per normalised agent event, already redacted, with a contiguous per-session
 * {@code sequence} from 1. A durable sink may block (back-pressure on the session's stream reader) but must never
 * drop. Called from the session's runner thread; a sink shared by sessions must be thread-safe.
 *
 * <p>Implementations: {@link DiscardingExecutionEventSink} (no spine configured) and
 * {@link RecordingExecutionEventSink} (in memory, for embedders and tests).
 */
public interface ExecutionEventSink {

    /** Appends one envelope. A throw is logged by the runner and counted; it never fails the session. */
    void append(ExecutionEventEnvelope envelope);
}
