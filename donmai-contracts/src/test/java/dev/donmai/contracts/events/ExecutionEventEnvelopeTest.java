package dev.donmai.contracts.events;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import dev.donmai.contracts.provider.Secret;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutionEventEnvelopeTest {

    private static final Instant T = Instant.parse("2026-06-02T14:00:00Z");
    private static final String DIGEST = "a".repeat(64);

    private static ExecutionEventEnvelope session(long sequence, Map<String, Object> payload) {
        return ExecutionEventEnvelope.forSession("local", null, "s-1", EventTopic.TOOL_CALLED, sequence, T, T,
                Evidence.NATIVE, payload, DIGEST, Causation.ROOT);
    }

    @Test
    void eventIdMatchesIndependentlyComputedValues() {
        // printf '1\x00s-1\x001' | sha256sum
        assertThat(ExecutionEventEnvelope.eventIdFor("s-1", 1))
                .isEqualTo("evt_9c2166633e83cf8f53c26a7f6cdc4c862a082cb51d28d88e735a51bd7b6ac4de");
        // printf '1\x00sess.01\x0042' | sha256sum
        assertThat(ExecutionEventEnvelope.eventIdFor("sess.01", 42))
                .isEqualTo("evt_59141a1ffbf9768c4d22c11ec7c9f4acc12a68e1c4043ac901f866d83b280fc3");
    }

    @Property
    void eventIdIsDeterministicAndWellFormed(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 40)
            String sessionId, @ForAll @LongRange(min = 1) long sequence) {
        String id = ExecutionEventEnvelope.eventIdFor(sessionId, sequence);
        assertThat(id).matches(ExecutionEventEnvelope.EVENT_ID).isEqualTo(
                ExecutionEventEnvelope.eventIdFor(sessionId, sequence));
        assertThat(id).isNotEqualTo(ExecutionEventEnvelope.eventIdFor(sessionId,
                sequence == Long.MAX_VALUE ? 1 : sequence + 1));
    }

    @Test
    void separatorsKeepSessionAndSequenceApart() {
        // Without the 0x00 separator "s-1"+"11" and "s-11"+"1" would collide.
        assertThat(ExecutionEventEnvelope.eventIdFor("s-1", 11))
                .isNotEqualTo(ExecutionEventEnvelope.eventIdFor("s-11", 1));
    }

    @Test
    void eventIdRejectsBadInput() {
        assertViolation(() -> ExecutionEventEnvelope.eventIdFor("s-1", 0), ViolationCode.INVALID_VALUE, "sequence");
        assertViolation(() -> ExecutionEventEnvelope.eventIdFor("a..b", 1), ViolationCode.INVALID_VALUE,
                "sessionId");
        assertViolation(() -> ExecutionEventEnvelope.eventIdFor(null, 1), ViolationCode.MISSING_REQUIRED_FIELD,
                "sessionId");
    }

    @Test
    void sessionEnvelopeCarriesItsDerivedIdAndAnUnmodifiableDeepCopy() {
        Map<String, Object> inner = new HashMap<>(Map.of("command", "ls"));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("toolName", "Bash");
        payload.put("input", inner);
        payload.put("inputTokens", 12);
        ExecutionEventEnvelope envelope = session(3, payload);
        inner.put("command", "changed");
        assertThat(envelope.eventId()).isEqualTo(ExecutionEventEnvelope.eventIdFor("s-1", 3));
        assertThat(envelope.payload()).isEqualTo(Map.of("toolName", "Bash", "input", Map.of("command", "ls"),
                "inputTokens", 12));
        assertThatThrownBy(() -> envelope.payload().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(envelope.busPosition()).isNull();
        assertThat(envelope.withBusPosition(7).busPosition()).isEqualTo(7L);
    }

    @Test
    void aSessionEnvelopeWithAForeignIdIsRejected() {
        String other = ExecutionEventEnvelope.eventIdFor("s-1", 4);
        assertViolation(() -> new ExecutionEventEnvelope(1, other, "local", null, Subject.session("s-1"),
                EventTopic.TOOL_CALLED, 3, T, T, null, Evidence.NATIVE, Map.of(), DIGEST, Causation.ROOT),
                ViolationCode.INVALID_VALUE, "eventId");
    }

    @Test
    void projectSubjectsNeedOnlyAWellFormedId() {
        ExecutionEventEnvelope envelope = new ExecutionEventEnvelope(1, "evt_" + "0".repeat(64), "acme", "p1",
                new Subject(SubjectKind.PROJECT, "p1"), EventTopic.SESSION_ADMITTED, 1, T, T, 1L, Evidence.INFERRED,
                Map.of(), DIGEST, Causation.ROOT);
        assertThat(envelope.subject().kind()).isSameAs(SubjectKind.PROJECT);
        assertViolation(() -> new ExecutionEventEnvelope(1, "evt_XYZ", "acme", null,
                new Subject(SubjectKind.PROJECT, "p1"), EventTopic.SESSION_ADMITTED, 1, T, T, null,
                Evidence.INFERRED, Map.of(), DIGEST, Causation.ROOT), ViolationCode.INVALID_VALUE, "eventId");
    }

    @Test
    void recordVersionMustBeOne() {
        assertViolation(() -> new ExecutionEventEnvelope(2, ExecutionEventEnvelope.eventIdFor("s-1", 1), "local",
                null, Subject.session("s-1"), EventTopic.TOOL_CALLED, 1, T, T, null, Evidence.NATIVE, Map.of(),
                DIGEST, Causation.ROOT), ViolationCode.UNSUPPORTED_CONTRACT_VERSION, "recordVersion");
    }

    @Test
    void otherFieldsValidate() {
        assertViolation(() -> ExecutionEventEnvelope.forSession("local", null, "s-1", EventTopic.TOOL_CALLED, 1, T, T,
                Evidence.NATIVE, Map.of(), "ABC", Causation.ROOT), ViolationCode.INVALID_VALUE, "payloadSha256");
        assertViolation(() -> ExecutionEventEnvelope.forSession("local", null, "s-1", null, 1, T, T,
                Evidence.NATIVE, Map.of(), DIGEST, Causation.ROOT), ViolationCode.MISSING_REQUIRED_FIELD, "topic");
        assertViolation(() -> session(1, Map.of()).withBusPosition(0), ViolationCode.INVALID_VALUE, "busPosition");
        assertViolation(() -> session(1, Map.of("when", T)), ViolationCode.INVALID_VALUE, "payload");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apiKey", "api_key", "ANTHROPIC_API_KEY", "password", "clientSecret", "authorization",
        "Authorization", "bearer", "jwt", "privateKey", "private_key", "cookie", "session_cookie", "token",
        "accessToken", "refresh_token", "header", "headers", "requestHeaders", "credential", "credentials",
        "passwd"})
    void secretLikeKeysAreForbiddenAtTopLevel(String key) {
        assertViolation(() -> session(1, Map.of(key, "***")), ViolationCode.SECRET_MATERIAL_FORBIDDEN, key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inputTokens", "outputTokens", "cachedInputTokens", "maxTokens", "tokenCount", "toolName",
        "headerCount", "authMode", "author", "eventId"})
    void counterLikeKeysPass(String key) {
        assertThat(session(1, Map.of(key, 1)).payload()).containsKey(key);
    }

    @Test
    void secretLikeKeysAreForbiddenAtAnyDepth() {
        assertViolation(() -> session(1, Map.of("input", Map.of("env", Map.of("GITHUB_TOKEN", "x")))),
                ViolationCode.SECRET_MATERIAL_FORBIDDEN, "GITHUB_TOKEN");
        assertViolation(() -> session(1, Map.of("calls", List.of(Map.of("ok", 1), Map.of("headers", Map.of())))),
                ViolationCode.SECRET_MATERIAL_FORBIDDEN, "headers");
    }

    @Test
    void secretValuesAreForbiddenWhateverTheKey() {
        assertViolation(() -> session(1, Map.of("value", Secret.of("s3cr3t"))),
                ViolationCode.SECRET_MATERIAL_FORBIDDEN, "value");
        assertViolation(() -> session(1, Map.of("list", List.of(Secret.of("s3cr3t")))),
                ViolationCode.SECRET_MATERIAL_FORBIDDEN, "list");
    }

    @Test
    void causationDepthIsBounded() {
        String root = ExecutionEventEnvelope.eventIdFor("s-1", 1);
        Causation c = Causation.ROOT;
        for (int depth = 1; depth <= Causation.MAX_DEPTH; depth++) {
            c = c.child(ExecutionEventEnvelope.eventIdFor("s-1", depth));
            assertThat(c.depth()).isEqualTo(depth);
            assertThat(c.rootEventId()).isEqualTo(root);
        }
        Causation deepest = c;
        assertViolation(() -> deepest.child(root), ViolationCode.INVALID_VALUE, "causation.depth");
        assertViolation(() -> new Causation(null, null, -1), ViolationCode.INVALID_VALUE, "causation.depth");
        assertViolation(() -> new Causation(root, root, 0), ViolationCode.INVALID_VALUE, "causation.rootEventId");
        assertViolation(() -> new Causation(root, null, 1), ViolationCode.MISSING_REQUIRED_FIELD,
                "causation.parentEventId");
    }

    @Test
    void anEventIsNotItsOwnParent() {
        String self = ExecutionEventEnvelope.eventIdFor("s-1", 2);
        assertViolation(() -> ExecutionEventEnvelope.forSession("local", null, "s-1", EventTopic.TOOL_CALLED, 2, T, T,
                Evidence.NATIVE, Map.of(), DIGEST, Causation.ROOT.child(self)), ViolationCode.INVALID_VALUE,
                "causation.parentEventId");
    }

    @Test
    void subjectIdsValidate() {
        assertViolation(() -> Subject.session("x.lock"), ViolationCode.INVALID_VALUE, "subject.id");
        assertViolation(() -> new Subject(null, "x"), ViolationCode.MISSING_REQUIRED_FIELD, "subject.kind");
        assertThat(new Subject(SubjectKind.WORKFLOW, "wf.lock").id()).isEqualTo("wf.lock");
    }
}
