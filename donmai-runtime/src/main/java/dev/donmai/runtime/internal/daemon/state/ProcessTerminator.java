package dev.donmai.runtime.internal.daemon.state;

import java.time.Duration;
import java.time.Instant;

/**
 * Stops a harness process group left running by a daemon that died (sessions.md §15 step 1). The port lets crash
 * recovery be tested without signalling real processes; {@link #processGroups()} is the real one.
 */
public interface ProcessTerminator {

    /** What became of a recorded harness. */
    enum Outcome {
        /** No live process has the pid: nothing to do. */
        NOT_RUNNING,
        /**
         * A live process has the pid but started at another instant (or its start cannot be read): the pid was
         * reused, or may have been, so the process is left alone.
         */
        PID_REUSED,
        /** It was the harness: its group got SIGTERM (then SIGKILL after the grace) and is gone. */
        STOPPED,
        /** It was the harness, and a member of its group outlived SIGKILL. */
        STILL_RUNNING
    }

    /**
     * Stops the process group led by {@code pid} if the process with that pid started at {@code recordedStart}:
     * SIGTERM to the group, SIGKILL after {@code grace}. Blocking.
     */
    Outcome terminate(long pid, Instant recordedStart, Duration grace);

    /** Signals real process groups through {@code dev.donmai.runtime.spi.process}. */
    static ProcessTerminator processGroups() {
        return new ProcessGroupTerminator();
    }
}
