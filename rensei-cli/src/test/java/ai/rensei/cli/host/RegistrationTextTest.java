package ai.rensei.cli.host;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

class RegistrationTextTest {

    @Test
    void registeredShowsLastPollAndFailures() {
        assertThat(describe("{\"state\":\"registered\",\"lastPollAt\":\"2026-06-02T13:59:58Z\",\"consecutiveFailures\":2}"))
                .isEqualTo("registered (last poll 2026-06-02T13:59:58Z, 2 failures)");
        assertThat(describe("{\"state\":\"registered\",\"lastPollAt\":null,\"consecutiveFailures\":0}"))
                .isEqualTo("registered (no poll yet, 0 failures)");
    }

    @Test
    void disabledAndStubAreOneWord() {
        assertThat(describe("{\"state\":\"disabled\",\"lastPollAt\":null,\"lastError\":null,\"consecutiveFailures\":0}"))
                .isEqualTo("disabled");
        assertThat(describe("{\"state\":\"stub\",\"workerId\":\"worker-h-stub\",\"consecutiveFailures\":0}"))
                .isEqualTo("stub");
    }

    @Test
    void registeringAndFailingNameTheLastError() {
        assertThat(describe("{\"state\":\"registering\",\"consecutiveFailures\":0}")).isEqualTo("registering");
        assertThat(describe("{\"state\":\"registering\",\"lastError\":\"connection refused\",\"consecutiveFailures\":1}"))
                .isEqualTo("registering (1 failures, last error: connection refused)");
        assertThat(describe("{\"state\":\"failing\",\"lastError\":\"HTTP 401\",\"consecutiveFailures\":3}"))
                .isEqualTo("failing (3 failures, last error: HTTP 401)");
    }

    @Test
    void missingRegistrationIsUnknown() {
        assertThat(RegistrationText.describe(MissingNode.getInstance())).isEqualTo("unknown");
    }

    private static String describe(String json) {
        JsonNode node = Json.parse(json).orElseThrow();
        return RegistrationText.describe(node);
    }
}
