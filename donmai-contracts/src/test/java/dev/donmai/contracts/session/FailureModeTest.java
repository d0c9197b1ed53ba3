package dev.donmai.contracts.session;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FailureModeTest {

    @Test
    void exactlyTheNineSpecifiedModesExist() {
        assertThat(Arrays.stream(FailureMode.values()).map(Enum::name)).containsExactly("CRASH", "NO_PROGRESS",
                "TIMEOUT", "SPAWN", "WORKAREA", "HARNESS", "BUDGET", "LOST_OWNERSHIP", "OPERATOR_CANCELLED");
    }

    @ParameterizedTest
    @CsvSource({
        "CRASH, crash, FailureCrash",
        "NO_PROGRESS, no-progress, FailureNoProgress",
        "TIMEOUT, timeout, FailureTimeout",
        "SPAWN, spawn, FailureSpawn",
        "WORKAREA, workarea, FailureWorkarea",
        "HARNESS, harness, FailureHarness",
        "BUDGET, budget, FailureBudget",
        "LOST_OWNERSHIP, lost-ownership, FailureLostOwnership",
        "OPERATOR_CANCELLED, operator-cancelled, FailureOperatorCancelled"
    })
    void bothSpellings(FailureMode mode, String control, String protocol) {
        assertThat(mode.wire()).isEqualTo(control);
        assertThat(mode.controlWire()).isEqualTo(control);
        assertThat(mode.protocolWire()).isEqualTo(protocol);
        assertThat(FailureMode.fromControlWire(control)).isSameAs(mode);
        assertThat(FailureMode.fromProtocolWire(protocol)).isSameAs(mode);
    }

    @Test
    void spellingsDoNotCross() {
        assertViolation(() -> FailureMode.fromProtocolWire("no-progress"), ViolationCode.UNKNOWN_DISCRIMINATOR,
                "FailureMode");
        assertViolation(() -> FailureMode.fromControlWire("FailureNoProgress"), ViolationCode.UNKNOWN_DISCRIMINATOR,
                "FailureMode");
        assertViolation(() -> FailureMode.fromProtocolWire(null), ViolationCode.UNKNOWN_DISCRIMINATOR,
                "FailureMode");
        assertViolation(() -> FailureMode.fromProtocolWire("failureNoProgress"),
                ViolationCode.UNKNOWN_DISCRIMINATOR, "FailureMode");
    }

    @Test
    void onlyCrashAndNoProgressAreRedispatchable() {
        assertThat(Arrays.stream(FailureMode.values()).filter(FailureMode::isRedispatchable))
                .containsExactly(FailureMode.CRASH, FailureMode.NO_PROGRESS);
    }

    @Test
    void permitsFollowsTheOutcomeTable() {
        assertThat(Arrays.stream(FailureMode.values()).filter(m -> m.permits(SessionState.FAILED)))
                .containsExactlyInAnyOrder(FailureMode.SPAWN, FailureMode.WORKAREA, FailureMode.HARNESS);
        assertThat(Arrays.stream(FailureMode.values()).filter(m -> m.permits(SessionState.TERMINATED)))
                .containsExactlyInAnyOrder(FailureMode.OPERATOR_CANCELLED, FailureMode.TIMEOUT,
                        FailureMode.NO_PROGRESS, FailureMode.BUDGET, FailureMode.LOST_OWNERSHIP, FailureMode.CRASH);
        assertThat(Arrays.stream(FailureMode.values()).filter(m -> m.permits(SessionState.INTERRUPTED)))
                .containsExactly(FailureMode.CRASH);
        for (FailureMode mode : FailureMode.values()) {
            assertThat(mode.permits(SessionState.COMPLETED)).isFalse();
            assertThat(mode.permits(SessionState.RUNNING)).isFalse();
            assertThat(mode.permits(null)).isFalse();
        }
    }
}
