package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One session's row in state.db.
 *
 * @param sessionId      the session id (primary key: one row per session, attempts overwrite)
 * @param attempt        the attempt number
 * @param source         {@code api} or {@code orchestrator}
 * @param organizationId the org scope admission chose ({@code null} = primary)
 * @param specJson       the accepted body as shown by the API (env values masked)
 * @param handle         the last recorded handle
 * @param pid            the harness's pid once it ran
 * @param processStart   the harness's start instant, to tell a live harness from a reused pid
 * @param stopMode       the stop mode recorded before the engine was told (first writer wins)
 * @param resultJson     the result record once terminal
 */
public record StoredSession(String sessionId, int attempt, SessionSource source, String organizationId,
        String specJson, SessionHandle handle, Optional<Long> pid, Optional<Instant> processStart,
        Optional<FailureMode> stopMode, Optional<String> resultJson) {

    public StoredSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(specJson, "specJson");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(processStart, "processStart");
        Objects.requireNonNull(stopMode, "stopMode");
        Objects.requireNonNull(resultJson, "resultJson");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
    }
}
