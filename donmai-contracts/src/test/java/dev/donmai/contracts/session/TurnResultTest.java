package dev.donmai.contracts.session;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnResultTest {

    @Test
    void versionOneWithAnAgentVerdictIsAccepted() {
        TurnResult result = new TurnResult(1, Verdict.BLOCKED, "needs a token", "no access", null, null,
                List.of("https://example.org/r.git"));
        assertThat(result.repositories()).containsExactly("https://example.org/r.git");
        assertThat(TurnResult.of(Verdict.PASSED, "done").repositories()).isEmpty();
        assertThat(TurnResult.PATH).isEqualTo(".agent/turn-result.json");
    }

    @Test
    void otherSchemaVersionsAreUnsupported() {
        assertViolation(() -> new TurnResult(2, Verdict.PASSED, "x", null, null, null, List.of()),
                ViolationCode.UNSUPPORTED_CONTRACT_VERSION, "schemaVersion");
        assertViolation(() -> new TurnResult(0, Verdict.PASSED, "x", null, null, null, List.of()),
                ViolationCode.UNSUPPORTED_CONTRACT_VERSION, "schemaVersion");
    }

    @Test
    void unverifiedBelongsToTheBackstopOnly() {
        assertViolation(() -> TurnResult.of(Verdict.UNVERIFIED, "x"), ViolationCode.INVALID_VALUE, "verdict");
        assertViolation(() -> TurnResult.of(null, "x"), ViolationCode.MISSING_REQUIRED_FIELD, "verdict");
        assertViolation(() -> TurnResult.of(Verdict.PASSED, null), ViolationCode.MISSING_REQUIRED_FIELD, "summary");
    }

    @Test
    void theLastMarkerWins() {
        assertThat(TurnResult.lastMarker("WORK_RESULT:failed then WORK_RESULT:passed")).contains(Verdict.PASSED);
        assertThat(TurnResult.lastMarker("all good\nWORK_RESULT:blocked\n")).contains(Verdict.BLOCKED);
        assertThat(TurnResult.lastMarker("WORK_RESULT:unverified")).isEmpty();
        assertThat(TurnResult.lastMarker("WORK_RESULT: passed")).isEmpty();
        assertThat(TurnResult.lastMarker(null)).isEmpty();
    }
}
