package dev.donmai.runtime.api.daemon;

import java.util.Objects;

/**
 * Why a daemon did not start (host.md §5.1), with the message the CLI prints after {@code error: } and the exit code
 * the kind maps to. Nothing was bound when this is thrown.
 */
public final class DaemonStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The closed set of start failures. */
    public enum Kind {
        /** {@code another daemon is running (pid N)}: exit 1. */
        LOCK_HELD(1),
        /** {@code refusing to bind non-loopback address <h> without --allow-remote}: exit 2. */
        NON_LOOPBACK(2),
        /** {@code cannot bind <h>:<p>: address already in use}: exit 1. */
        ADDRESS_IN_USE(1),
        /** {@code key file <path> is accessible by group or others}: exit 1. */
        KEY_EXPOSED(1),
        /** The state home or state.db could not be used: exit 1. */
        STATE_UNUSABLE(1);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The process exit code of {@code rensei host run} for this kind. */
        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    public DaemonStartException(Kind kind, String message) {
        this(kind, message, null);
    }

    public DaemonStartException(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }
}
