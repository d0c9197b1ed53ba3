package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.provider.WireValue;

/** Where an outbox row is in its delivery (protocol.md §6.4). */
public enum OutboxState implements WireValue {
    /** Not yet accepted; retried until it is (retryable errors never expire). */
    PENDING,
    /** The orchestrator answered 2xx. */
    DELIVERED,
    /** The orchestrator refused it for good (409, 404 three times, other 4xx). */
    REJECTED,
    /** A later attempt of the same session replaced it before delivery (protocol.md §5.5). */
    SUPERSEDED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The state with this wire spelling. */
    public static OutboxState fromWire(String wire) {
        return WireValue.fromWire(OutboxState.class, wire);
    }
}
