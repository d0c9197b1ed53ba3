package dev.donmai.contracts.session;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgentEventTest {

    private static final Instant T = Instant.parse("2026-06-02T14:00:00Z");

    static List<AgentEvent> oneOfEach() {
        return List.of(
                new AgentEvent.Init(T, "native-1", "claude-sonnet", List.of("Bash"), "/w", false),
                new AgentEvent.SystemNotice(T, AgentEvent.SystemNotice.PROVIDER_ERROR, "overloaded", null, 0.1,
                        Usage.ZERO),
                new AgentEvent.AssistantText(T, "Hello", "m1", null),
                new AgentEvent.ToolUse(T, "tu1", "Bash", Map.of("command", "ls"), "shell", null),
                new AgentEvent.ToolResult(T, "tu1", "Bash", "a\nb", false, null),
                new AgentEvent.ToolProgress(T, "tu1", "Bash", "still going", Duration.ofSeconds(30)),
                new AgentEvent.LlmCall(T, "claude-sonnet", 10, 20, 5, 0.01, LlmCallOrigin.PROVIDER),
                AgentEvent.Result.success(T, "WORK_RESULT:passed"),
                new AgentEvent.Error(T, AgentEvent.Error.SILENT_EXIT, "stderr tail", 1, false));
    }

    @Test
    void kindsAreTheEventsJsonlNames() {
        assertThat(oneOfEach()).extracting(AgentEvent::kind).containsExactly("init", "system", "assistant_text",
                "tool_use", "tool_result", "tool_progress", "llm_call", "result", "error");
    }

    @Test
    void everyPermittedSubtypeIsCovered() {
        List<String> permitted = Arrays.stream(AgentEvent.class.getPermittedSubclasses())
                .flatMap(c -> c.isInterface() ? Arrays.stream(c.getPermittedSubclasses()) : java.util.stream.Stream.of(c))
                .map(Class::getSimpleName).sorted().collect(Collectors.toList());
        List<String> covered = oneOfEach().stream().map(e -> e.getClass().getSimpleName()).sorted()
                .collect(Collectors.toList());
        assertThat(covered).isEqualTo(permitted);
    }

    @Test
    void onlyResultAndErrorAreTerminal() {
        assertThat(oneOfEach().stream().filter(AgentEvent::isTerminal).map(AgentEvent::kind))
                .containsExactly("result", "error");
        assertThat(oneOfEach().stream().filter(e -> e instanceof AgentEvent.Terminal).count()).isEqualTo(2);
    }

    @Test
    void assistantTextIsNeverEmpty() {
        assertViolation(() -> new AgentEvent.AssistantText(T, "", null, null), ViolationCode.INVALID_VALUE, "text");
        assertViolation(() -> new AgentEvent.AssistantText(T, null, null, null),
                ViolationCode.MISSING_REQUIRED_FIELD, "text");
        assertThat(new AgentEvent.AssistantText(T, " ", null, null).text()).isEqualTo(" ");
    }

    @Test
    void everyEventNeedsObservedAt() {
        assertViolation(() -> new AgentEvent.Init(null, null, null, List.of(), null, true),
                ViolationCode.MISSING_REQUIRED_FIELD, "observedAt");
        assertViolation(() -> new AgentEvent.Error(null, "killed", "timeout", null, false),
                ViolationCode.MISSING_REQUIRED_FIELD, "observedAt");
        assertThat(AgentEvent.Init.synthesized(T).synthesized()).isTrue();
    }

    @Test
    void countersAndAmountsAreNonNegative() {
        assertViolation(() -> new AgentEvent.LlmCall(T, null, -1, 0, 0, null, LlmCallOrigin.AGGREGATE),
                ViolationCode.INVALID_VALUE, "inputTokens");
        assertViolation(() -> new AgentEvent.LlmCall(T, null, 0, 0, 0, null, null),
                ViolationCode.MISSING_REQUIRED_FIELD, "origin");
        assertViolation(() -> new AgentEvent.SystemNotice(T, "status", null, null, -0.5, null),
                ViolationCode.INVALID_VALUE, "costUsd");
        assertViolation(() -> new AgentEvent.ToolProgress(T, null, null, null, Duration.ofSeconds(-1)),
                ViolationCode.INVALID_VALUE, "elapsed");
        assertViolation(() -> new Usage(0, 0, -3, 0), ViolationCode.INVALID_VALUE, "cacheReadTokens");
        assertViolation(() -> new AgentEvent.Result(T, true, null, null, List.of(), null, null, -1, null),
                ViolationCode.INVALID_VALUE, "numTurns");
    }

    @Test
    void toolInputIsADeepUnmodifiableCopy() {
        Map<String, Object> input = new HashMap<>();
        input.put("command", "ls");
        AgentEvent.ToolUse use = new AgentEvent.ToolUse(T, null, "Bash", input, null, null);
        input.put("command", "rm -rf /");
        assertThat(use.input()).containsEntry("command", "ls");
        assertThatThrownBy(() -> use.input().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new AgentEvent.ToolUse(T, null, "Bash", null, null, null).input()).isEmpty();
    }

    @Test
    void errorNeedsACode() {
        assertViolation(() -> new AgentEvent.Error(T, " ", "m", null, false), ViolationCode.INVALID_VALUE, "code");
        assertThat(AgentEvent.Error.KILLED).isEqualTo("killed");
        assertThat(AgentEvent.Error.SPAWN_FAILED).isEqualTo("spawn-failed");
        assertThat(AgentEvent.Error.STREAM_PROTOCOL_ERROR).isEqualTo("stream-protocol-error");
    }

    @Test
    void usageAdds() {
        assertThat(new Usage(1, 2, 3, 4).plus(new Usage(10, 20, 30, 40))).isEqualTo(new Usage(11, 22, 33, 44));
    }
}
