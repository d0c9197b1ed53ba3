package dev.donmai.contracts.session;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionHandleTest {

    private static final Instant T0 = Instant.parse("2026-06-02T14:00:00Z");

    @Test
    void acceptedHandleNeedsOnlyTheThreeRequiredFields() {
        SessionHandle handle = SessionHandle.accepted("s-1", T0);
        assertThat(handle.state()).isSameAs(SessionState.ACCEPTED);
        assertThat(handle.failureMode()).isNull();
        assertThat(handle.key()).isEqualTo(SessionKey.local("s-1"));
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        assertViolation(() -> SessionHandle.builder("s-1", null, T0).build(), ViolationCode.MISSING_REQUIRED_FIELD,
                "state");
        assertViolation(() -> SessionHandle.builder("s-1", SessionState.ACCEPTED, null).build(),
                ViolationCode.MISSING_REQUIRED_FIELD, "acceptedAt");
        assertViolation(() -> SessionHandle.builder(null, SessionState.ACCEPTED, T0).build(),
                ViolationCode.MISSING_REQUIRED_FIELD, "sessionId");
    }

    @Test
    void failureModeIsSetIffTheStateIsFailedTerminatedOrInterrupted() {
        for (SessionState state : SessionState.values()) {
            SessionHandle.Builder builder = SessionHandle.builder("s-1", state, T0);
            if (state.requiresFailureMode()) {
                assertViolation(builder::build, ViolationCode.MISSING_REQUIRED_FIELD, "failureMode");
            } else {
                assertThat(builder.build().failureMode()).isNull();
                assertViolation(() -> builder.failureMode(FailureMode.CRASH).build(), ViolationCode.INVALID_VALUE,
                        "failureMode");
            }
        }
        assertThat(SessionHandle.builder("s-1", SessionState.TERMINATED, T0)
                .failureMode(FailureMode.OPERATOR_CANCELLED).endedAt(T0).build().failureMode())
                .isSameAs(FailureMode.OPERATOR_CANCELLED);
    }

    @Test
    void failureModeMustFitTheState() {
        assertViolation(() -> SessionHandle.builder("s-1", SessionState.FAILED, T0).failureMode(FailureMode.TIMEOUT)
                .build(), ViolationCode.INVALID_VALUE, "failureMode");
        assertViolation(() -> SessionHandle.builder("s-1", SessionState.INTERRUPTED, T0)
                .failureMode(FailureMode.SPAWN).build(), ViolationCode.INVALID_VALUE, "failureMode");
    }

    @Test
    void endedAtOnlyInATerminalState() {
        assertViolation(() -> SessionHandle.builder("s-1", SessionState.RUNNING, T0).endedAt(T0).build(),
                ViolationCode.INVALID_VALUE, "endedAt");
        SessionHandle done = SessionHandle.builder("s-1", SessionState.COMPLETED, T0).endedAt(T0)
                .verdict(Verdict.PASSED).source(SessionSource.API).pid(42L).exitCode(0).build();
        assertThat(done.toBuilder().build()).isEqualTo(done);
    }

    @Test
    void pidMustBePositive() {
        assertViolation(() -> SessionHandle.builder("s-1", SessionState.RUNNING, T0).pid(0L).build(),
                ViolationCode.INVALID_VALUE, "pid");
    }
}
