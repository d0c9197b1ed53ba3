package dev.donmai.runtime.api.daemon;

import java.util.Locale;

/** The daemon's lifecycle states (host.md §5.1). {@code degraded} is a reading of {@code ready}, not a state. */
public enum DaemonState {
    /** Process start until the API is bound and state.db is open: everything answers 503. */
    STARTING,
    /** Crash recovery (sessions.md §15): GETs answer, new sessions are refused. */
    RECOVERING,
    /** Accepting sessions. */
    READY,
    /** Refusing new sessions; running ones continue. */
    PAUSED,
    /** Refusing new sessions while running ones finish (API drain, signal, stop, update). */
    DRAINING,
    /** Verifying or swapping an update. */
    UPDATING,
    /** Shutdown done, before exit. */
    STOPPED;

    /** The wire name: the lower-case constant. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when {@code /healthz} answers 200. */
    public boolean healthy() {
        return this == READY || this == PAUSED || this == DRAINING || this == UPDATING;
    }

    /** True when new sessions are admitted. */
    public boolean admits() {
        return this == READY;
    }
}
