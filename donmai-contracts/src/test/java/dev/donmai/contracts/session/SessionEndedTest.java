package dev.donmai.contracts.session;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SessionEndedTest {

    private static final SessionKey KEY = SessionKey.local("s-1");
    private static final Instant T = Instant.parse("2026-06-02T14:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "TERMINATED, OPERATOR_CANCELLED, CANCELLED",
        "TERMINATED, TIMEOUT, EXPIRED",
        "TERMINATED, NO_PROGRESS, TERMINATED",
        "TERMINATED, BUDGET, TERMINATED",
        "TERMINATED, LOST_OWNERSHIP, LOST",
        "TERMINATED, CRASH, TERMINATED",
        "FAILED, WORKAREA, FAILED",
        "FAILED, SPAWN, FAILED",
        "FAILED, HARNESS, FAILED",
        "INTERRUPTED, CRASH, INTERRUPTED"
    })
    void outcomeFollowsTheTableOfSessionsMd(SessionState state, FailureMode mode, SessionOutcome outcome) {
        assertThat(SessionOutcome.of(state, mode)).isSameAs(outcome);
        assertThat(new SessionEnded(KEY, outcome, mode, null, 0.25, T).outcome()).isSameAs(outcome);
    }

    @Test
    void completedSucceedsWithoutFailureMode() {
        assertThat(SessionOutcome.of(SessionState.COMPLETED, null)).isSameAs(SessionOutcome.SUCCEEDED);
        assertViolation(() -> SessionOutcome.of(SessionState.COMPLETED, FailureMode.CRASH),
                ViolationCode.INVALID_VALUE, "failureMode");
        assertViolation(() -> SessionOutcome.of(SessionState.RUNNING, null), ViolationCode.INVALID_VALUE, "state");
        assertViolation(() -> SessionOutcome.of(SessionState.FAILED, FailureMode.TIMEOUT),
                ViolationCode.INVALID_VALUE, "failureMode");
    }

    @Test
    void failureModeIsAbsentIffSucceeded() {
        assertThat(new SessionEnded(KEY, SessionOutcome.SUCCEEDED, null, Verdict.PASSED, null, T).verdict())
                .isSameAs(Verdict.PASSED);
        assertViolation(() -> new SessionEnded(KEY, SessionOutcome.SUCCEEDED, FailureMode.HARNESS, null, null, T),
                ViolationCode.INVALID_VALUE, "failureMode");
        assertViolation(() -> new SessionEnded(KEY, SessionOutcome.FAILED, null, null, null, T),
                ViolationCode.MISSING_REQUIRED_FIELD, "failureMode");
    }

    @Test
    void failureModeMustYieldTheOutcome() {
        assertViolation(() -> new SessionEnded(KEY, SessionOutcome.CANCELLED, FailureMode.TIMEOUT, null, null, T),
                ViolationCode.INVALID_VALUE, "failureMode");
        assertViolation(() -> new SessionEnded(KEY, SessionOutcome.LOST, FailureMode.CRASH, null, null, T),
                ViolationCode.INVALID_VALUE, "failureMode");
    }

    @Test
    void costMustBeANonNegativeNumber() {
        assertViolation(() -> new SessionEnded(KEY, SessionOutcome.SUCCEEDED, null, null, -1.0, T),
                ViolationCode.INVALID_VALUE, "costUsd");
        assertViolation(() -> new SessionEnded(KEY, SessionOutcome.SUCCEEDED, null, null,
                Double.POSITIVE_INFINITY, T), ViolationCode.INVALID_VALUE, "costUsd");
        assertViolation(() -> new SessionEnded(KEY, SessionOutcome.SUCCEEDED, null, null, null, null),
                ViolationCode.MISSING_REQUIRED_FIELD, "endedAt");
    }
}
