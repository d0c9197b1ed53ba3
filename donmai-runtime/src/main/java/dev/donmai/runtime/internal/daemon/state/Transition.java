package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.SessionState;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded state change of a session.
 *
 * @param sessionId the session
 * @param from      the state before; {@code null} for the first ({@code accepted}) of an attempt
 * @param to        the state after
 * @param at        when it changed
 * @param attempt   the attempt it belongs to
 */
public record Transition(String sessionId, @Nullable SessionState from, SessionState to, Instant at, int attempt) {

    public Transition {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
    }
}
