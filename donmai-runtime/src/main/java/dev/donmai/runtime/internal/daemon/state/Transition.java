package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.session.SessionState;
import java.time.Instant;
import java.util.Objects;

/** One recorded state change of a session; {@code from} is {@code null} for the first ({@code accepted}). */
public record Transition(String sessionId, SessionState from, SessionState to, Instant at) {

    public Transition {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
