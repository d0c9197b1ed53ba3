package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.provider.WireValue;

/** What an outbox row delivers (protocol.md §6): the route it is sent to. */
public enum OutboxKind implements WireValue {
    /** R9: the result record at the end of finishing. */
    COMPLETION,
    /** R10: {@code running} or the terminal status. */
    STATUS,
    /** R5: a refused work item goes back with its original body (protocol.md §5.4). */
    NACK;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The kind with this wire spelling. */
    public static OutboxKind fromWire(String wire) {
        return WireValue.fromWire(OutboxKind.class, wire);
    }
}
