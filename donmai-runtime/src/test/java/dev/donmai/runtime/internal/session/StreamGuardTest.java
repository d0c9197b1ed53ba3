package dev.donmai.runtime.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamGuardTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    @Test
    void aWellBehavedStreamPassesUnchanged() {
        List<AgentEvent> in = List.of(init(), text("a"), AgentEvent.Result.success(AT, "done"));

        assertThat(drain(in, true)).containsExactlyElementsOf(in);
    }

    @Test
    void initIsSynthesizedAndASecondInitDemoted() {
        List<AgentEvent> out = drain(List.of(text("a"), init(), AgentEvent.Result.success(AT, "x")), true);

        assertThat(out).extracting(AgentEvent::kind).containsExactly("init", "assistant_text", "system", "result");
        assertThat(((AgentEvent.Init) out.get(0)).synthesized()).isTrue();
        assertThat(((AgentEvent.SystemNotice) out.get(2)).subtype()).isEqualTo("duplicate_init");
    }

    @Test
    void eventsAfterTheTerminalAreDroppedAndCounted() {
        Source source = new Source(List.of(init(), new AgentEvent.Error(AT, "upstream-error", "x", null, true),
                text("late 1"), text("late 2")), false);
        StreamGuard guard = new StreamGuard(source, CLOCK);
        List<AgentEvent> out = new ArrayList<>();
        while (!guard.terminated()) {
            out.addAll(guard.poll(Duration.ZERO));
        }
        // A raw stream keeps producing; whatever is still there is counted, never passed on.
        out.addAll(guard.poll(Duration.ZERO));
        guard.drainAfterTerminal();

        assertThat(out).extracting(AgentEvent::kind).containsExactly("init", "error");
        assertThat(guard.droppedAfterTerminal()).isEqualTo(2);
    }

    @Test
    void anEndWithoutTerminalIsASilentExit() {
        List<AgentEvent> out = drain(List.of(init(), text("bye")), true);

        AgentEvent last = out.get(out.size() - 1);
        assertThat(last).isInstanceOf(AgentEvent.Error.class);
        assertThat(((AgentEvent.Error) last).code()).isEqualTo("silent-exit");
    }

    @Test
    void aHundredUnparsedLinesInARowAreAProtocolError() {
        List<AgentEvent> in = new ArrayList<>();
        in.add(init());
        for (int i = 0; i < 100; i++) {
            in.add(new AgentEvent.SystemNotice(AT, "unparsed", null, "junk " + i, null, null));
        }
        Source source = new Source(in, false);
        StreamGuard guard = new StreamGuard(source, CLOCK);
        List<AgentEvent> out = new ArrayList<>();
        while (!guard.terminated()) {
            out.addAll(guard.poll(Duration.ZERO));
        }

        assertThat(guard.protocolError()).isTrue();
        assertThat(((AgentEvent.Error) out.get(out.size() - 1)).code()).isEqualTo("stream-protocol-error");
        assertThat(out).hasSize(102);
    }

    @Test
    void forceEndEndsOnceOnly() {
        StreamGuard guard = new StreamGuard(new Source(List.of(), false), CLOCK);

        assertThat(guard.forceEnd("killed", "timeout", null)).extracting(AgentEvent::kind)
                .containsExactly("init", "error");
        assertThat(guard.forceEnd("killed", "again", null)).isEmpty();
        assertThat(guard.terminated()).isTrue();
    }

    private static List<AgentEvent> drain(List<AgentEvent> in, boolean finishes) {
        StreamGuard guard = new StreamGuard(new Source(in, finishes), CLOCK);
        List<AgentEvent> out = new ArrayList<>();
        while (!guard.terminated()) {
            out.addAll(guard.poll(Duration.ZERO));
        }
        return out;
    }

    private static AgentEvent init() {
        return new AgentEvent.Init(AT, "n", "m", List.of(), null, false);
    }

    private static AgentEvent text(String t) {
        return new AgentEvent.AssistantText(AT, t, null, null);
    }

    /** A raw stream: yields its events, then reports finished when {@code finishes}. */
    static final class Source implements PullStream<AgentEvent> {
        private final Deque<AgentEvent> events;
        private final boolean finishes;

        Source(List<AgentEvent> events, boolean finishes) {
            this.events = new ArrayDeque<>(events);
            this.finishes = finishes;
        }

        @Override
        public Optional<AgentEvent> next(Duration timeout) {
            return Optional.ofNullable(events.poll());
        }

        @Override
        public boolean isFinished() {
            return finishes && events.isEmpty();
        }

        @Override
        public void close() {
        }
    }
}
