package dev.donmai.contracts.session;

import static dev.donmai.contracts.ContractAssertions.assertWireRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionEnumsTest {

    @Test
    void everySessionEnumRoundTripsThroughItsWireSpelling() {
        assertWireRoundTrip(SessionMode.class, SessionMode::fromWire);
        assertWireRoundTrip(SessionSource.class, SessionSource::fromWire);
        assertWireRoundTrip(SessionState.class, SessionState::fromWire);
        assertWireRoundTrip(FailureMode.class, FailureMode::fromWire);
        assertWireRoundTrip(Verdict.class, Verdict::fromWire);
        assertWireRoundTrip(VerdictSource.class, VerdictSource::fromWire);
        assertWireRoundTrip(SessionOutcome.class, SessionOutcome::fromWire);
        assertWireRoundTrip(LlmCallOrigin.class, LlmCallOrigin::fromWire);
    }

    @Test
    void modeSpellsAutonomousAsEmptyAndTreatsAbsentAsAutonomous() {
        assertThat(SessionMode.AUTONOMOUS.wire()).isEmpty();
        assertThat(SessionMode.INTERACTIVE.wire()).isEqualTo("interactive");
        assertThat(SessionMode.INTERVIEW.wire()).isEqualTo("interview");
        assertThat(SessionMode.fromWire(null)).isSameAs(SessionMode.AUTONOMOUS);
        assertThat(SessionMode.fromWire("")).isSameAs(SessionMode.AUTONOMOUS);
    }

    @Test
    void wireSpellingsMatchTheSpecification() {
        assertThat(SessionSource.API.wire()).isEqualTo("api");
        assertThat(SessionSource.ORCHESTRATOR.wire()).isEqualTo("orchestrator");
        assertThat(SessionState.values()).extracting(SessionState::wire).containsExactly("accepted", "provisioning",
                "running", "finishing", "completed", "failed", "terminated", "interrupted");
        assertThat(Verdict.values()).extracting(Verdict::wire)
                .containsExactly("passed", "failed", "blocked", "unverified");
        assertThat(VerdictSource.values()).extracting(VerdictSource::wire)
                .containsExactly("turn-result", "marker", "backstop");
        assertThat(SessionOutcome.values()).extracting(SessionOutcome::wire).containsExactly("succeeded", "failed",
                "cancelled", "interrupted", "expired", "terminated", "lost");
        assertThat(LlmCallOrigin.values()).extracting(LlmCallOrigin::wire).containsExactly("provider", "aggregate");
    }
}
