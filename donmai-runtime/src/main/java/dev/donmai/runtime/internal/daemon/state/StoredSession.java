package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One session's row in state.db (sessions.md §1): one row per session id, a later attempt replaces a terminal one.
 *
 * @param sessionId      the session id
 * @param attempt        the attempt number
 * @param source         {@code api} or {@code orchestrator}
 * @param organizationId the org scope admission chose ({@code null} = primary)
 * @param specJson       the accepted body as shown by the API (env values masked)
 * @param handle         the last recorded handle
 * @param pid            the harness's pid once it ran
 * @param processStart   the harness's start instant, to tell a live harness from a reused pid
 * @param stopMode       the stop mode recorded before the engine was told (first writer wins)
 * @param resultJson     the result record (sessions.md §10), written while finishing or at the terminal commit
 * @param claimId        the orchestrator claim the session runs under
 */
public record StoredSession(String sessionId, int attempt, SessionSource source, @Nullable String organizationId,
        String specJson, SessionHandle handle, Optional<Long> pid, Optional<Instant> processStart,
        Optional<FailureMode> stopMode, Optional<String> resultJson, Optional<String> claimId) {

    public StoredSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(specJson, "specJson");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(processStart, "processStart");
        Objects.requireNonNull(stopMode, "stopMode");
        Objects.requireNonNull(resultJson, "resultJson");
        Objects.requireNonNull(claimId, "claimId");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
        if (!handle.sessionId().equals(sessionId)) {
            throw new IllegalArgumentException("the handle is another session's");
        }
    }

    /** A row without claim (control-API sessions). */
    public StoredSession(String sessionId, int attempt, SessionSource source, @Nullable String organizationId,
            String specJson, SessionHandle handle, Optional<Long> pid, Optional<Instant> processStart,
            Optional<FailureMode> stopMode, Optional<String> resultJson) {
        this(sessionId, attempt, source, organizationId, specJson, handle, pid, processStart, stopMode, resultJson,
                Optional.empty());
    }

    /** A freshly accepted row: nothing ran yet. */
    public static StoredSession accepted(String sessionId, int attempt, SessionSource source,
            @Nullable String organizationId, @Nullable String claimId, String specJson, SessionHandle handle) {
        return new StoredSession(sessionId, attempt, source, organizationId, specJson, handle, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(claimId));
    }
}
