package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.AgentEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamRulesTest {

    private static final Instant T = Instant.EPOCH;

    private static AgentEvent init() {
        return new AgentEvent.Init(T, "n-1", null, List.of(), null, false);
    }

    private static AgentEvent text(String s, String messageId) {
        return new AgentEvent.AssistantText(T, s, messageId, null);
    }

    private static AgentEvent result() {
        return AgentEvent.Result.success(T, "ok");
    }

    private static AgentEvent error() {
        return new AgentEvent.Error(T, "boom", "failed", null, false);
    }

    @Test
    void aWellFormedStreamHasNoViolation() {
        assertThat(StreamRules.violations(List.of(init(), text("a", "m1"),
                new AgentEvent.ToolUse(T, "t1", "shell", Map.of(), null, null),
                new AgentEvent.ToolResult(T, "t1", "shell", "out", false, null), text("b", "m2"), result())))
                .isEmpty();
    }

    @Test
    void rule1() {
        assertThat(StreamRules.violations(List.of(text("a", null), result()))).anyMatch(v -> v.startsWith("rule 1"));
        assertThat(StreamRules.violations(List.of(init(), init(), result()))).anyMatch(v -> v.startsWith("rule 1"));
        assertThat(StreamRules.violations(List.of())).anyMatch(v -> v.startsWith("rule 1"));
    }

    @Test
    void rule2TokenDeltasShareAMessageId() {
        assertThat(StreamRules.violations(List.of(init(), text("Hel", "m1"), text("lo", "m1"), result())))
                .anyMatch(v -> v.startsWith("rule 2"));
    }

    @Test
    void rule3ExactlyOneTerminalLast() {
        assertThat(StreamRules.violations(List.of(init(), text("a", null)))).anyMatch(v -> v.startsWith("rule 3"));
        assertThat(StreamRules.violations(List.of(init(), result(), result()))).anyMatch(v -> v.startsWith("rule 3"));
        assertThat(StreamRules.violations(List.of(init(), result(), text("late", null))))
                .anyMatch(v -> v.startsWith("rule 3"));
    }

    @Test
    void rule6AnErrorMidStream() {
        assertThat(StreamRules.violations(List.of(init(), error(), text("still going", null), result())))
                .anyMatch(v -> v.startsWith("rule 6"));
    }

    @Test
    void rule7ResultBeforeItsUse() {
        assertThat(StreamRules.violations(List.of(init(),
                new AgentEvent.ToolResult(T, "t9", "shell", "out", false, null),
                new AgentEvent.ToolUse(T, "t9", "shell", Map.of(), null, null), result())))
                .anyMatch(v -> v.startsWith("rule 7"));
    }

    @Test
    void readerSeesTheQuietTailAndEmptyPolls() {
        dev.donmai.providers.tck.fakes.FakePullStream<AgentEvent> stream =
                new dev.donmai.providers.tck.fakes.FakePullStream<>();
        stream.offer(init());
        AgentStreamReader reader = new AgentStreamReader(stream);
        reader.readUntil(e -> true, Duration.ofSeconds(5));
        reader.readToEnd(Duration.ofMillis(200));
        assertThat(reader.emptyPollsWhileOpen()).isPositive();
        assertThat(reader.checkQuietTail()).anyMatch(v -> v.contains("no terminal"));
        stream.offer(result());
        stream.complete();
        reader.readToEnd(Duration.ofSeconds(5));
        assertThat(reader.terminal()).isPresent();
        assertThat(reader.checkQuietTail()).isEmpty();
    }

    @Test
    void readerFlagsAStreamThatIsNotFinishedAfterItsTerminal() {
        dev.donmai.providers.tck.fakes.FakePullStream<AgentEvent> stream =
                new dev.donmai.providers.tck.fakes.FakePullStream<>();
        stream.offer(init());
        stream.offer(result());
        AgentStreamReader reader = new AgentStreamReader(stream);
        reader.readToEnd(Duration.ofSeconds(5));
        assertThat(reader.checkQuietTail()).anyMatch(v -> v.contains("isFinished") || v.contains("at once"));
    }
}
