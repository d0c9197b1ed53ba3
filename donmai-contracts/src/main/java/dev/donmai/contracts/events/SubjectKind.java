package dev.donmai.contracts.events;

import dev.donmai.contracts.provider.WireValue;

/** What an execution event is about. */
public enum SubjectKind implements WireValue {
    /** One session ({@code session}); the subject id is the session id. */
    SESSION,
    /** One project ({@code project}). */
    PROJECT,
    /** One workflow instance ({@code workflow}). */
    WORKFLOW;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The kind with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static SubjectKind fromWire(String wire) {
        return WireValue.fromWire(SubjectKind.class, wire);
    }
}
