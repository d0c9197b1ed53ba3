package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.WireValue;

/** What an {@link AgentEvent.LlmCall} counts: one call the provider reported, or an aggregate over several. */
public enum LlmCallOrigin implements WireValue {
    /** One model call, as the model provider reported it ({@code provider}). */
    PROVIDER,
    /** A harness-computed aggregate over several calls ({@code aggregate}). */
    AGGREGATE;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The origin with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static LlmCallOrigin fromWire(String wire) {
        return WireValue.fromWire(LlmCallOrigin.class, wire);
    }
}
