package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.WireValue;

/** How a harness streams its events to the adapter. */
public enum StreamingTransport implements WireValue {
    /** Server-sent events ({@code sse}). */
    SSE,
    /** Newline-delimited JSON on stdout ({@code ndjson}). */
    NDJSON,
    /** A WebSocket ({@code websocket}). */
    WEBSOCKET,
    /** No event stream; output arrives at the end ({@code none}). */
    NONE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The value with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static StreamingTransport fromWire(String wire) {
        return WireValue.fromWire(StreamingTransport.class, wire);
    }
}
