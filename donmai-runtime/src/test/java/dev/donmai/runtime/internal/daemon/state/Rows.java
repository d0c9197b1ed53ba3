package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import java.time.Instant;

/** Session rows and handles for the state.db tests. */
final class Rows {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private Rows() {
    }

    static StoredSession accepted(String sessionId, Instant at) {
        return accepted(sessionId, 1, SessionSource.API, null, at);
    }

    static StoredSession accepted(String sessionId, int attempt, SessionSource source, String claimId, Instant at) {
        SessionHandle handle = SessionHandle.builder(sessionId, SessionState.ACCEPTED, at).source(source)
                .repository("https://example.invalid/acme/app.git").harness("stub").build();
        return StoredSession.accepted(sessionId, attempt, source, null, claimId,
                "{\"sessionId\":\"" + sessionId + "\"}", handle);
    }

    static SessionHandle.Builder handle(StoredSession row, SessionState state) {
        return row.handle().toBuilder().state(state);
    }
}
