package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runner's own pass of the D20 stream rules (sessions.md §7) over a harness's stream. Adapters already normalise,
 * so on a well-behaved stream this changes nothing; it exists so that a misbehaving third-party adapter cannot break
 * the runner: exactly one {@code Init} first, nothing after the terminal (counted), {@code silent-exit} at an end
 * without terminal, {@code stream-protocol-error} after 100 unparseable lines in a row, and {@link #forceEnd} when a
 * stopped harness never ends its stream.
 */
final class StreamGuard {

    /** Unparseable lines in a row that end the stream. */
    static final int MAX_UNPARSED_IN_A_ROW = 100;

    private final PullStream<AgentEvent> source;
    private final Clock clock;
    private boolean initSeen;
    private boolean terminated;
    private boolean protocolError;
    private int unparsedInARow;
    private long droppedAfterTerminal;

    StreamGuard(PullStream<AgentEvent> source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** Waits up to {@code wait} for the source's next event; returns the normalised events it yields (0 to 2). */
    List<AgentEvent> poll(Duration wait) {
        if (terminated) {
            return List.of();
        }
        Optional<AgentEvent> next = source.next(wait);
        if (next.isPresent()) {
            return accept(next.get());
        }
        if (source.isFinished()) {
            return forceEnd(AgentEvent.Error.SILENT_EXIT, "the harness stream ended without a result", null);
        }
        return List.of();
    }

    /** Ends the stream with an {@code Error(code)} unless a terminal was already seen. */
    List<AgentEvent> forceEnd(String code, String message, Integer exitCode) {
        if (terminated) {
            return List.of();
        }
        return accept(new AgentEvent.Error(clock.instant(), code, message, exitCode, false));
    }

    /**
     * After the terminal: takes whatever the source still has ready, without waiting, and counts it as dropped
     * (bounded, so a runaway stream cannot hold the runner). A normalising adapter has nothing left by then.
     */
    void drainAfterTerminal() {
        for (int i = 0; i < 10_000 && terminated && !source.isFinished(); i++) {
            if (source.next(Duration.ZERO).isEmpty()) {
                return;
            }
            droppedAfterTerminal++;
        }
    }

    /** True once the terminal event has been emitted. */
    boolean terminated() {
        return terminated;
    }

    /** True when the stream ended for 100 unparseable lines in a row; the runner then kills the group. */
    boolean protocolError() {
        return protocolError;
    }

    long droppedAfterTerminal() {
        return droppedAfterTerminal;
    }

    private List<AgentEvent> accept(AgentEvent event) {
        if (terminated) {
            droppedAfterTerminal++;
            return List.of();
        }
        List<AgentEvent> out = new ArrayList<>(2);
        if (!initSeen && !(event instanceof AgentEvent.Init)) {
            out.add(AgentEvent.Init.synthesized(event.observedAt()));
        } else if (initSeen && event instanceof AgentEvent.Init init) {
            event = new AgentEvent.SystemNotice(init.observedAt(), AgentEvent.SystemNotice.DUPLICATE_INIT, null, null,
                    null, null);
        }
        initSeen = true;
        if (event instanceof AgentEvent.SystemNotice notice
                && AgentEvent.SystemNotice.UNPARSED.equals(notice.subtype())) {
            unparsedInARow++;
        } else {
            unparsedInARow = 0;
        }
        out.add(event);
        if (unparsedInARow >= MAX_UNPARSED_IN_A_ROW && !event.isTerminal()) {
            protocolError = true;
            out.add(new AgentEvent.Error(clock.instant(), AgentEvent.Error.STREAM_PROTOCOL_ERROR,
                    MAX_UNPARSED_IN_A_ROW + " unparseable lines in a row", null, false));
        }
        if (out.get(out.size() - 1).isTerminal()) {
            terminated = true;
        }
        return out;
    }
}
