package dev.donmai.runtime.internal.session;

import static dev.donmai.runtime.internal.session.OutcomeResolver.ProvisioningFailure.NONE;
import static dev.donmai.runtime.internal.session.OutcomeResolver.ProvisioningFailure.SPAWN;
import static dev.donmai.runtime.internal.session.OutcomeResolver.ProvisioningFailure.WORKAREA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionOutcome;
import dev.donmai.contracts.session.SessionState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome table of sessions.md §2, row by row, including that the first matching row wins. */
class OutcomeResolverTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final AgentEvent.Result OK = AgentEvent.Result.success(AT, "done");
    private static final AgentEvent.Result NOT_OK = new AgentEvent.Result(AT, false, "error_during_execution", null,
            List.of(), null, null, null, null);

    @Test
    void everyStopModeTerminatesWithItsOutcome() {
        assertStop(FailureMode.OPERATOR_CANCELLED, SessionOutcome.CANCELLED);
        assertStop(FailureMode.TIMEOUT, SessionOutcome.EXPIRED);
        assertStop(FailureMode.NO_PROGRESS, SessionOutcome.TERMINATED);
        assertStop(FailureMode.BUDGET, SessionOutcome.TERMINATED);
        assertStop(FailureMode.LOST_OWNERSHIP, SessionOutcome.LOST);
        assertStop(FailureMode.CRASH, SessionOutcome.TERMINATED);
    }

    @Test
    void aStopBeatsEverythingElseEvenASuccessfulResult() {
        OutcomeResolver.Outcome o = OutcomeResolver.resolve(FailureMode.TIMEOUT, WORKAREA, "x", OK);

        assertThat(o.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(o.failureMode()).isEqualTo(FailureMode.TIMEOUT);
    }

    @Test
    void provisioningFailures() {
        assertThat(OutcomeResolver.resolve(null, WORKAREA, "workarea: clone-failed", null))
                .isEqualTo(new OutcomeResolver.Outcome(SessionState.FAILED, FailureMode.WORKAREA,
                        "workarea: clone-failed"));
        assertThat(OutcomeResolver.resolve(null, SPAWN, "prompt-render", null))
                .isEqualTo(new OutcomeResolver.Outcome(SessionState.FAILED, FailureMode.SPAWN, "prompt-render"));
    }

    @Test
    void terminalEvents() {
        assertThat(OutcomeResolver.resolve(null, NONE, null, OK))
                .isEqualTo(new OutcomeResolver.Outcome(SessionState.COMPLETED, null, null));
        assertThat(OutcomeResolver.resolve(null, NONE, null, NOT_OK))
                .isEqualTo(new OutcomeResolver.Outcome(SessionState.FAILED, FailureMode.HARNESS,
                        "error_during_execution"));
        assertThat(OutcomeResolver.resolve(null, NONE, null, error("silent-exit")).failureMode())
                .isEqualTo(FailureMode.HARNESS);
        assertThat(OutcomeResolver.resolve(null, NONE, null, error("upstream-error")).reason())
                .isEqualTo("upstream-error");
        assertThat(OutcomeResolver.resolve(null, NONE, null, error("spawn-failed")).failureMode())
                .isEqualTo(FailureMode.SPAWN);
    }

    private static void assertStop(FailureMode mode, SessionOutcome outcome) {
        OutcomeResolver.Outcome o = OutcomeResolver.resolve(mode, NONE, null, OK);
        assertThat(o.state()).isEqualTo(SessionState.TERMINATED);
        assertThat(o.failureMode()).isEqualTo(mode);
        assertThat(SessionOutcome.of(o.state(), o.failureMode())).isEqualTo(outcome);
    }

    private static AgentEvent.Error error(String code) {
        return new AgentEvent.Error(AT, code, "m", 1, false);
    }
}
