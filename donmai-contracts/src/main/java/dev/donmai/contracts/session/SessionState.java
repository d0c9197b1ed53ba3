package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.WireValue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle state of a session: {@code accepted → provisioning → running → finishing →} one of the terminal
 * states {@code completed}, {@code failed}, {@code terminated} or {@code interrupted}.
 *
 * <p>{@link #COMPLETED} means only that the harness ended with a successful terminal event; how the work went is the
 * separate {@link Verdict}. {@link #INTERRUPTED} is set only by crash recovery, for a session found non-terminal at
 * daemon start.
 */
public enum SessionState implements WireValue {
    /** Admission passed, the row is committed and a slot is held. */
    ACCEPTED,
    /** The runner is resolving the harness, acquiring the workarea and preparing the spawn. */
    PROVISIONING,
    /** The harness process is running. */
    RUNNING,
    /** A terminal event was seen or the process ended; verdict, result record and release run. */
    FINISHING,
    /** Terminal: the harness ended with a successful terminal event. */
    COMPLETED,
    /** Terminal: spawn, workarea or harness failure. */
    FAILED,
    /** Terminal: stopped by the daemon (operator, watchdog, lease, or shutdown). */
    TERMINATED,
    /** Terminal: found non-terminal after a daemon restart. */
    INTERRUPTED;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** True for {@code completed}, {@code failed}, {@code terminated} and {@code interrupted}. */
    public boolean isTerminal() {
        return ordinal() >= COMPLETED.ordinal();
    }

    /**
     * True when {@code failureMode} must be set in this state: {@code failed}, {@code terminated} and
     * {@code interrupted}.
     */
    public boolean requiresFailureMode() {
        return this == FAILED || this == TERMINATED || this == INTERRUPTED;
    }

    /** The states this one may move to (sessions.md §2); empty for a terminal state. */
    public Set<SessionState> successors() {
        EnumSet<SessionState> next = switch (this) {
            case ACCEPTED -> EnumSet.of(PROVISIONING, TERMINATED, INTERRUPTED);
            case PROVISIONING -> EnumSet.of(RUNNING, FAILED, TERMINATED, INTERRUPTED);
            case RUNNING -> EnumSet.of(FINISHING, INTERRUPTED);
            case FINISHING -> EnumSet.of(COMPLETED, FAILED, TERMINATED, INTERRUPTED);
            case COMPLETED, FAILED, TERMINATED, INTERRUPTED -> EnumSet.noneOf(SessionState.class);
        };
        return Collections.unmodifiableSet(next);
    }

    /** True when moving from this state to {@code next} is allowed; a state never moves to itself. */
    public boolean canTransitionTo(SessionState next) {
        return next != null && successors().contains(next);
    }

    /** The state with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static SessionState fromWire(String wire) {
        return WireValue.fromWire(SessionState.class, wire);
    }
}
