package dev.donmai.runtime.spi;

import dev.donmai.contracts.events.ExecutionEventEnvelope;

/** An {@link ExecutionEventSink} that keeps nothing: the runtime's default when no event spine is configured. */
public final class DiscardingExecutionEventSink implements ExecutionEventSink {

    /** The shared instance; it has no state. */
    public static final DiscardingExecutionEventSink INSTANCE = new DiscardingExecutionEventSink();

    private DiscardingExecutionEventSink() {
    }

    @Override
    public void append(ExecutionEventEnvelope envelope) {
        // Nothing to keep: the spine is off.
    }
}
