package dev.donmai.runtime.internal.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.session.SessionMode;
import dev.donmai.contracts.session.SessionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading {@code POST /sessions} bodies (host.md §3.4, §5.4). */
class SessionSpecJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void typedFieldsAreReadAndUnknownOnesKeptVerbatim() throws Exception {
        SessionSpecJson.Parsed parsed = parsed("{\"sessionId\":\"s-1\",\"repository\":\"github.com/a/b\","
                + "\"ref\":\"main\",\"resources\":{\"vCpu\":2,\"memoryMb\":512},\"env\":{\"A\":\"1\"},"
                + "\"mode\":\"interactive\",\"harnessOptions\":{\"behaviour\":\"hang\",\"count\":4},"
                + "\"budget\":{\"maxCostUsd\":1.5},\"priority\":7,\"labels\":[\"x\"]}");
        SessionSpec spec = parsed.spec();
        assertThat(spec.repository()).isEqualTo("github.com/a/b");
        assertThat(spec.ref()).isEqualTo("main");
        assertThat(spec.resources().vCpu()).isEqualTo(2.0);
        assertThat(spec.resources().memoryMb()).isEqualTo(512L);
        assertThat(spec.env()).containsEntry("A", "1");
        assertThat(spec.mode()).isEqualTo(SessionMode.INTERACTIVE);
        assertThat(spec.harnessOptions()).containsEntry("behaviour", "hang").containsEntry("count", 4);
        assertThat(spec.budget().maxCostUsd()).isEqualTo(1.5);
        assertThat(spec.extra()).containsEntry("priority", 7).containsKey("labels");
        assertThat(parsed.unsupportedMode()).isEmpty();
    }

    @Test
    void anUnknownModeIsAdmissionsRefusalNotAJsonError() throws Exception {
        assertThat(parsed("{\"sessionId\":\"s\",\"mode\":\"pair\"}").unsupportedMode()).contains("pair");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|sessionId is required",
        "{\"sessionId\":\"\"}|sessionId is required",
        "{\"sessionId\":null}|sessionId is required",
        "{\"sessionId\":5}|invalid JSON: sessionId must be a string",
        "{\"sessionId\":\"a..b\"}|invalid sessionId",
        "{\"sessionId\":\"-a\"}|invalid sessionId",
        "{\"sessionId\":\"a.\"}|invalid sessionId",
        "{\"sessionId\":\"a.lock\"}|invalid sessionId",
        "{\"sessionId\":\"a/b\"}|invalid sessionId",
        "{\"sessionId\":\"s\",\"ref\":3}|invalid JSON: ref must be a string",
        "{\"sessionId\":\"s\",\"env\":{\"A\":1}}|invalid JSON: env.A must be a string",
        "{\"sessionId\":\"s\",\"resources\":{\"vCpu\":\"many\"}}|invalid JSON: resources.vCpu must be a number",
        "{\"sessionId\":\"s\",\"maxDurationSeconds\":1.5}|invalid JSON: maxDurationSeconds must be an integer",
        "{\"sessionId\":\"s\",\"harnessOptions\":[]}|invalid JSON: harnessOptions must be an object",
        "[1,2]|invalid JSON: body must be an object",
    })
    void badBodiesAreRefusedWithTheExactMessage(String body, String error) throws Exception {
        SessionSpecJson.Result result = SessionSpecJson.read(JSON.readTree(body));
        assertThat(result).isInstanceOf(SessionSpecJson.Rejected.class);
        assertThat(((SessionSpecJson.Rejected) result).error()).isEqualTo(error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ses_01ABC", "A.b-c_d", "x1234567890"})
    void goodSessionIdsPass(String id) {
        assertThat(SessionSpecJson.validSessionId(id)).isTrue();
    }

    @Test
    void aSessionIdLongerThan128CharactersIsInvalid() {
        assertThat(SessionSpecJson.validSessionId("a".repeat(128))).isTrue();
        assertThat(SessionSpecJson.validSessionId("a".repeat(129))).isFalse();
    }

    @Test
    void maskedBodiesHideEveryEnvValue() throws Exception {
        JsonNode masked = SessionSpecJson.masked((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
                "{\"sessionId\":\"s\",\"env\":{\"API_TOKEN\":\"abc\",\"PLAIN\":\"x\"},\"prompt\":\"p\"}"));
        assertThat(masked.toString()).isEqualTo(
                "{\"sessionId\":\"s\",\"env\":{\"API_TOKEN\":\"***\",\"PLAIN\":\"***\"},\"prompt\":\"p\"}");
    }

    private static SessionSpecJson.Parsed parsed(String body) throws Exception {
        SessionSpecJson.Result result = SessionSpecJson.read(JSON.readTree(body));
        assertThat(result).isInstanceOf(SessionSpecJson.Parsed.class);
        return (SessionSpecJson.Parsed) result;
    }
}
