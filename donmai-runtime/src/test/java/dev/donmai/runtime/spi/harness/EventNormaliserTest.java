package dev.donmai.runtime.spi.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.AgentEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventNormaliserTest {

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
    private final EventNormaliser normaliser = new EventNormaliser(Clock.fixed(T, ZoneOffset.UTC));

    @Test
    void synthesizesInitBeforeTheFirstEvent() {
        List<AgentEvent> out = normaliser.accept(text("hi"));
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isInstanceOfSatisfying(AgentEvent.Init.class, i -> assertThat(i.synthesized()).isTrue());
        assertThat(out.get(1)).isInstanceOf(AgentEvent.AssistantText.class);
    }

    @Test
    void aSecondInitBecomesADuplicateInitNotice() {
        normaliser.accept(init("a"));
        List<AgentEvent> out = normaliser.accept(init("b"));
        assertThat(out).singleElement().isInstanceOfSatisfying(AgentEvent.SystemNotice.class,
                n -> assertThat(n.subtype()).isEqualTo("duplicate_init"));
        assertThat(normaliser.nativeSessionId()).contains("a");
    }

    @Test
    void unparsedLinesBecomeNoticesWithTheFirstFourKib() {
        normaliser.accept(init("a"));
        String line = "é".repeat(3000); // 6000 bytes
        List<AgentEvent> out = normaliser.unparsed(line);
        AgentEvent.SystemNotice notice = (AgentEvent.SystemNotice) out.get(0);
        assertThat(notice.subtype()).isEqualTo("unparsed");
        assertThat(notice.data()).hasSize(2048);
    }

    @Test
    void aHundredUnparsedLinesInARowEndTheStream() {
        normaliser.accept(init("a"));
        List<AgentEvent> out = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            out.addAll(normaliser.unparsed("garbage " + i));
        }
        assertThat(normaliser.protocolErrorRaised()).isFalse();
        out.addAll(normaliser.unparsed("garbage 99"));
        assertThat(out).hasSize(100);
        assertThat(out.get(99)).isInstanceOfSatisfying(AgentEvent.Error.class,
                e -> assertThat(e.code()).isEqualTo("stream-protocol-error"));
        assertThat(normaliser.protocolErrorRaised()).isTrue();
        assertThat(normaliser.unparsed("more")).isEmpty();
        assertThat(normaliser.droppedAfterTerminal()).isEqualTo(1);
    }

    @Test
    void aParsedLineBreaksTheRun() {
        normaliser.accept(init("a"));
        for (int i = 0; i < 99; i++) {
            normaliser.unparsed("x");
        }
        normaliser.parsedWithoutEvents();
        for (int i = 0; i < 99; i++) {
            normaliser.unparsed("x");
        }
        assertThat(normaliser.isTerminated()).isFalse();
    }

    @Test
    void eventsAfterTheTerminalAreDroppedAndCounted() {
        normaliser.accept(init("a"));
        normaliser.accept(AgentEvent.Result.success(T, "done"));
        assertThat(normaliser.accept(text("late"))).isEmpty();
        assertThat(normaliser.endOfStream(0, "")).isEmpty();
        assertThat(normaliser.stopped("timeout", null)).isEmpty();
        assertThat(normaliser.droppedAfterTerminal()).isEqualTo(1);
    }

    @Test
    void endWithoutTerminalIsSilentExitWithTheStderrTail() {
        normaliser.accept(init("a"));
        normaliser.accept(text("hi"));
        AgentEvent.Error error = (AgentEvent.Error) normaliser.endOfStream(0, "boom\n").get(0);
        assertThat(error.code()).isEqualTo("silent-exit");
        assertThat(error.exitCode()).isZero();
        assertThat(error.message()).contains("boom");
    }

    @Test
    void noEventAndANonZeroExitIsSpawnFailed() {
        List<AgentEvent> out = normaliser.endOfStream(127, "not found");
        assertThat(out).hasSize(2);
        assertThat(out.get(1)).isInstanceOfSatisfying(AgentEvent.Error.class, e -> {
            assertThat(e.code()).isEqualTo("spawn-failed");
            assertThat(e.exitCode()).isEqualTo(127);
        });
        EventNormaliser zero = new EventNormaliser(Clock.fixed(T, ZoneOffset.UTC));
        assertThat(((AgentEvent.Error) zero.endOfStream(0, "").get(1)).code()).isEqualTo("silent-exit");
    }

    @Test
    void unparsedOutputIsNoEventForSpawnFailed() {
        normaliser.unparsed("Error: unknown option");
        assertThat(((AgentEvent.Error) normaliser.endOfStream(2, "").get(0)).code()).isEqualTo("spawn-failed");
    }

    @Test
    void stoppedIsKilledWithTheStopMode() {
        normaliser.accept(init("a"));
        AgentEvent.Error error = (AgentEvent.Error) normaliser.stopped("no-progress", 137).get(0);
        assertThat(error.code()).isEqualTo("killed");
        assertThat(error.message()).isEqualTo("no-progress");
        assertThat(error.exitCode()).isEqualTo(137);
    }

    @Test
    void aToolResultWithAnUnknownIdGetsItsToolUseFirst() {
        normaliser.accept(init("a"));
        List<AgentEvent> out = normaliser.accept(new AgentEvent.ToolResult(T, "t1", "Bash", "ok", false, null));
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isInstanceOfSatisfying(AgentEvent.ToolUse.class, u -> {
            assertThat(u.toolUseId()).isEqualTo("t1");
            assertThat(u.toolName()).isEqualTo("Bash");
        });
        normaliser.accept(new AgentEvent.ToolUse(T, "t2", "Read", Map.of(), null, null));
        assertThat(normaliser.accept(new AgentEvent.ToolResult(T, "t2", null, "ok", false, null))).hasSize(1);
    }

    @Test
    void blankTextsAreDropped() {
        normaliser.accept(init("a"));
        assertThat(normaliser.accept(text("  \n"))).isEmpty();
    }

    @Test
    void isIdempotentOnANormalisedStream() {
        EventNormaliser inner = new EventNormaliser(Clock.fixed(T, ZoneOffset.UTC));
        List<AgentEvent> first = new ArrayList<>();
        first.addAll(inner.accept(text("one")));
        first.addAll(inner.unparsed("garbage"));
        first.addAll(inner.accept(init("late")));
        first.addAll(inner.accept(new AgentEvent.ToolResult(T, "t", null, "x", true, null)));
        first.addAll(inner.accept(AgentEvent.Result.success(T, "done")));
        inner.accept(text("dropped"));

        EventNormaliser outer = new EventNormaliser(Clock.fixed(T, ZoneOffset.UTC));
        List<AgentEvent> second = new ArrayList<>();
        first.forEach(e -> second.addAll(outer.accept(e)));
        assertThat(second).isEqualTo(first);
        assertThat(outer.droppedAfterTerminal()).isZero();
        assertThat(outer.unparsedLines()).isZero();
    }

    private static AgentEvent.Init init(String id) {
        return new AgentEvent.Init(T, id, "m", List.of(), null, false);
    }

    private static AgentEvent.AssistantText text(String text) {
        return new AgentEvent.AssistantText(T, text, null, null);
    }
}
