package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Usage;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import dev.donmai.contracts.workarea.AcquirePath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionResultTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void wireShapeFollowsSection10() {
        SessionResult r = result(SessionState.FAILED, FailureMode.HARNESS, null, null);

        Map<String, Object> wire = r.toWire();

        assertThat(wire.keySet()).containsExactly("schemaVersion", "sessionId", "attempt", "source", "state",
                "failureMode", "reason", "verdict", "verdictSource", "summary", "baseCommit", "branch", "pushed",
                "harness", "exitCode", "costUsd", "usage", "startedAt", "endedAt", "durationMs", "acquirePath",
                "workareaPath", "releaseMode", "eventCount", "droppedAfterTerminal", "activityDropped",
                "spineDropped", "memory", "warnings");
        assertThat(wire).containsEntry("failureMode", "FailureHarness").containsEntry("state", "failed")
                .containsEntry("verdict", null).containsEntry("verdictSource", null)
                .containsEntry("acquirePath", "pool-warm").containsEntry("startedAt", "2026-01-01T00:00:00Z");
        assertThat(r.passed()).isFalse();
    }

    @Test
    void completedPassedIsTheOnlyPass() {
        SessionResult r = result(SessionState.COMPLETED, null, Verdict.PASSED, VerdictSource.MARKER);

        assertThat(r.passed()).isTrue();
        assertThat(r.toWire()).containsEntry("verdict", "passed").containsEntry("verdictSource", "marker")
                .doesNotContainKey("failureMode");
    }

    @Test
    void stateAndFailureModeMustAgree() {
        assertThatThrownBy(() -> result(SessionState.COMPLETED, FailureMode.HARNESS, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result(SessionState.FAILED, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result(SessionState.FAILED, FailureMode.TIMEOUT, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result(SessionState.RUNNING, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SessionResult result(SessionState state, FailureMode mode, Verdict verdict, VerdictSource source) {
        return new SessionResult("s-1", 1, null, SessionSource.API, state, mode, mode == null ? null : "x", verdict,
                source, "", null, "abc1234", null, "agent/s-1", false, null, "stub", null, null, 1, null, 0.5,
                new Usage(1, 2, 3, 4), null, T0, T0.plusSeconds(1), 1000, AcquirePath.POOL_WARM, "/w", "archive",
                null, 3, 0, 0, 0, SessionResult.MemoryReport.NONE, List.of());
    }
}
