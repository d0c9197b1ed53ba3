package dev.donmai.runtime.spi;

import dev.donmai.contracts.events.ExecutionEventEnvelope;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link ExecutionEventSink} that keeps every envelope in memory, in append order, and numbers them with a bus
 * position from 1 (what a durable log assigns on append). Thread-safe. Meant for embedders who want the spine in
 * process and for tests; it grows without bound.
 */
public final class RecordingExecutionEventSink implements ExecutionEventSink {

    private final List<ExecutionEventEnvelope> envelopes = new ArrayList<>();

    @Override
    public synchronized void append(ExecutionEventEnvelope envelope) {
        envelopes.add(envelope.withBusPosition(envelopes.size() + 1L));
    }

    /** A snapshot of every envelope appended so far, in order. */
    public synchronized List<ExecutionEventEnvelope> envelopes() {
        return List.copyOf(envelopes);
    }

    /** The envelopes of one session, in order. */
    public synchronized List<ExecutionEventEnvelope> forSession(String sessionId) {
        return envelopes.stream().filter(e -> e.subject().id().equals(sessionId)).toList();
    }
}
