package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.WireValue;
import java.util.Objects;

/** The outcome a {@code session.ended} event reports (sessions.md §2). */
public enum SessionOutcome implements WireValue {
    /** Completed: the harness ended with a successful result. */
    SUCCEEDED,
    /** Failed: spawn, workarea or harness. */
    FAILED,
    /** Stopped by an operator. */
    CANCELLED,
    /** Found non-terminal after a daemon restart. */
    INTERRUPTED,
    /** The maximum duration elapsed. */
    EXPIRED,
    /** Stopped by the daemon: no progress, budget, or shutdown. */
    TERMINATED,
    /** The orchestrator's lease was lost. */
    LOST;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The outcome with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static SessionOutcome fromWire(String wire) {
        return WireValue.fromWire(SessionOutcome.class, wire);
    }

    /**
     * The outcome of a session that ended in {@code state} with {@code failureMode} (the table of sessions.md §2).
     *
     * @throws dev.donmai.contracts.provider.ProviderException.ContractViolation {@code INVALID_VALUE} when the state
     *         is not terminal or the pair is not one the table allows
     */
    public static SessionOutcome of(SessionState state, FailureMode failureMode) {
        Objects.requireNonNull(state, "state");
        FieldChecks.check(state.isTerminal(), "state");
        if (state == SessionState.COMPLETED) {
            FieldChecks.check(failureMode == null, "failureMode");
            return SUCCEEDED;
        }
        FieldChecks.check(failureMode != null && failureMode.permits(state), "failureMode");
        if (state == SessionState.INTERRUPTED) {
            return INTERRUPTED;
        }
        return switch (failureMode) {
            case OPERATOR_CANCELLED -> CANCELLED;
            case TIMEOUT -> EXPIRED;
            case LOST_OWNERSHIP -> LOST;
            case NO_PROGRESS, BUDGET, CRASH -> TERMINATED;
            case SPAWN, WORKAREA, HARNESS -> FAILED;
        };
    }
}
