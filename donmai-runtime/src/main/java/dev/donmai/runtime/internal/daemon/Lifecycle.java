package dev.donmai.runtime.internal.daemon;

import dev.donmai.runtime.api.daemon.DaemonState;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's state machine (host.md §5.1, D13). Every transition goes through here, under one monitor, so an
 * admission decision and a pause or drain never interleave; each change is logged as {@code state-changed}.
 */
final class Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private final Instant startedAt;
    private DaemonState state = DaemonState.STARTING;
    private boolean drainedViaApi;
    private boolean shuttingDown;

    Lifecycle(Instant startedAt) {
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    synchronized DaemonState state() {
        return state;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Moves to {@code next} unconditionally (start sequence, shutdown). */
    synchronized void enter(DaemonState next) {
        if (state != next) {
            LOG.atInfo().addKeyValue("event", "state-changed").addKeyValue("from", state.wire())
                    .addKeyValue("to", next.wire()).log("daemon {}", next.wire());
            state = next;
        }
        if (next != DaemonState.DRAINING) {
            drainedViaApi = false;
        }
    }

    /** {@code POST /pause}: the message, or {@code null} with the state left as is when pausing is refused. */
    synchronized String pause() {
        if (state == DaemonState.PAUSED) {
            return "already paused";
        }
        if (state != DaemonState.READY) {
            return null;
        }
        enter(DaemonState.PAUSED);
        return "paused";
    }

    /** {@code POST /resume}: from paused, or from a drain the API started. */
    synchronized String resume() {
        if (state == DaemonState.READY) {
            return "already ready";
        }
        if (!shuttingDown && (state == DaemonState.PAUSED || (state == DaemonState.DRAINING && drainedViaApi))) {
            enter(DaemonState.READY);
            return "resumed";
        }
        return null;
    }

    /** {@code POST /drain}: enters draining from ready, paused or an API drain; false when refused. */
    synchronized boolean beginApiDrain() {
        if (!shuttingDown && (state == DaemonState.READY || state == DaemonState.PAUSED
                || (state == DaemonState.DRAINING && drainedViaApi))) {
            enter(DaemonState.DRAINING);
            drainedViaApi = true;
            return true;
        }
        return false;
    }

    /** Shutdown's drain: from any live state; false when already shutting down. */
    synchronized boolean beginShutdown() {
        if (shuttingDown) {
            return false;
        }
        shuttingDown = true;
        enter(DaemonState.DRAINING);
        drainedViaApi = false;
        return true;
    }
}
