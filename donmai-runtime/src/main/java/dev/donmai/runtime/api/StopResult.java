package dev.donmai.runtime.api;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionState;

/** What {@code StopSession(id, mode)} did (sessions.md §8). */
public sealed interface StopResult {

    /** The session id the stop named. */
    String sessionId();

    /**
     * The session is being stopped with {@code mode}: the recorded stop mode, which is the first caller's (first
     * writer wins; a repeat gets the same mode back with {@code first} false).
     */
    record Stopping(String sessionId, FailureMode mode, boolean first) implements StopResult {
    }

    /** The session is already {@code finishing}: a stop changes nothing. */
    record Unchanged(String sessionId, SessionState state) implements StopResult {
    }

    /** No live session has this id (unknown or finished; control API 404). */
    record NotFound(String sessionId) implements StopResult {
    }
}
