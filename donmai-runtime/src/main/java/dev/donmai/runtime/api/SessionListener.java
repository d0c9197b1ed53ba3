package dev.donmai.runtime.api;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionHandle;

/**
 * Hears one session as it runs, e.g. for a CLI progress view. Called on the session's runner thread, in order; a
 * listener must return quickly, and whatever it throws is logged and ignored. Every event is already normalised and
 * redacted.
 */
public interface SessionListener {

    /** A listener that ignores everything. */
    SessionListener NONE = new SessionListener() {
    };

    /** The session entered {@code handle.state()}. */
    default void onStateChanged(SessionHandle handle) {
    }

    /** One normalised, redacted agent event, in stream order. */
    default void onEvent(String sessionId, AgentEvent event) {
    }

    /** A warning that also goes into the result record's {@code warnings}. */
    default void onWarning(String sessionId, String warning) {
    }

    /** The session reached its terminal state; {@code result} is its final result record. */
    default void onFinished(SessionResult result) {
    }
}
