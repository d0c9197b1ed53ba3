package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.AgentEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces the stream rules of contracts.md §4 on what an adapter produces (sessions.md §7, rules table):
 * <ul>
 * <li>exactly one {@code Init}, first: one is synthesized before the first other event; a later one becomes
 * {@code SystemNotice("duplicate_init")};</li>
 * <li>an unparseable line becomes {@code SystemNotice("unparsed")} with its first 4 KiB; the
 * {@value #MAX_UNPARSED_IN_A_ROW}th in a row ends the stream with {@code Error("stream-protocol-error")} and
 * {@link #protocolErrorRaised()} tells the owner to kill the process group;</li>
 * <li>everything after the terminal is dropped and counted ({@link #droppedAfterTerminal()});</li>
 * <li>an end without a terminal gives {@code Error("silent-exit")} with the stderr tail and the exit code, or
 * {@code Error("spawn-failed")} when the harness produced no event at all and exited non-zero; a stop gives
 * {@code Error("killed", message = stop mode)};</li>
 * <li>blank texts are dropped (rule 2), and a {@code ToolResult} whose {@code toolUseId} was never announced is
 * preceded by a synthesized {@code ToolUse} (rule 7).</li>
 * </ul>
 *
 * <p>Each method returns the events to emit, in order. A stream that already obeys the rules passes through
 * {@link #accept} unchanged, so a session engine may wrap any {@code AgentSession} in a second normaliser: an
 * {@code unparsed} notice that is already normalised is passed on and not counted again. Thread-safe (one lock), so
 * a stdout reader, a stderr reader and a stopper may share one instance.
 */
public final class EventNormaliser {

    /** Unparseable lines in a row that end the stream. */
    public static final int MAX_UNPARSED_IN_A_ROW = 100;
    /** The most of an unparseable line kept in its notice, in UTF-8 bytes. */
    public static final int UNPARSED_DATA_BYTES = 4 * 1024;
    /** The tool name of a synthesized {@code ToolUse} when the result names none. */
    public static final String UNKNOWN_TOOL = "unknown";

    private final Clock clock;
    private final Set<String> toolUseIds = new HashSet<>();
    private boolean initSeen;
    private boolean harnessEventSeen;
    private AgentEvent.@Nullable Terminal terminal;
    private int unparsedInARow;
    private long unparsedTotal;
    private long droppedAfterTerminal;
    private boolean protocolError;
    private @Nullable String nativeSessionId;

    public EventNormaliser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Normalises one event the adapter produced (or one event of another session's stream). */
    public synchronized List<AgentEvent> accept(AgentEvent event) {
        Objects.requireNonNull(event, "event");
        if (terminal != null) {
            droppedAfterTerminal++;
            return List.of();
        }
        if (!isUnparsedNotice(event)) {
            unparsedInARow = 0;
        }
        List<AgentEvent> out = new ArrayList<>(2);
        if (event instanceof AgentEvent.Init init) {
            if (initSeen) {
                harnessEventSeen = true;
                out.add(new AgentEvent.SystemNotice(init.observedAt(), AgentEvent.SystemNotice.DUPLICATE_INIT,
                        "a second init event", init.nativeSessionId(), null, null));
                return out;
            }
            initSeen = true;
            harnessEventSeen |= !init.synthesized();
            if (init.nativeSessionId() != null) {
                nativeSessionId = init.nativeSessionId();
            }
            out.add(init);
            return out;
        }
        if (event instanceof AgentEvent.AssistantText text && text.text().isBlank()) {
            return out; // rule 2: a text is a complete, non-empty message
        }
        harnessEventSeen |= !isUnparsedNotice(event);
        ensureInit(out, event);
        if (event instanceof AgentEvent.ToolUse use && use.toolUseId() != null) {
            toolUseIds.add(use.toolUseId());
        } else if (event instanceof AgentEvent.ToolResult result && result.toolUseId() != null
                && toolUseIds.add(result.toolUseId())) {
            out.add(new AgentEvent.ToolUse(result.observedAt(), result.toolUseId(),
                    result.toolName() != null && !result.toolName().isBlank() ? result.toolName() : UNKNOWN_TOOL,
                    Map.of(), null, result.parentToolUseId()));
        }
        out.add(event);
        if (event instanceof AgentEvent.Terminal end) {
            terminal = end;
        }
        return out;
    }

    /** Normalises every event of one parsed line, in order. */
    public synchronized List<AgentEvent> acceptAll(List<? extends AgentEvent> events) {
        List<AgentEvent> out = new ArrayList<>();
        for (AgentEvent event : events) {
            out.addAll(accept(event));
        }
        return out;
    }

    /**
     * A native line was parsed but yields no event (e.g. a dropped {@code thinking} block): it still breaks a run
     * of unparseable lines, and after the terminal it counts as dropped.
     */
    public synchronized void parsedWithoutEvents() {
        if (terminal != null) {
            droppedAfterTerminal++;
        } else {
            unparsedInARow = 0;
        }
    }

    /** A line the adapter could not parse. */
    public synchronized List<AgentEvent> unparsed(String line) {
        Objects.requireNonNull(line, "line");
        if (terminal != null) {
            droppedAfterTerminal++;
            return List.of();
        }
        unparsedTotal++;
        unparsedInARow++;
        List<AgentEvent> out = new ArrayList<>(2);
        var now = clock.instant();
        ensureInitAt(out, now);
        if (unparsedInARow >= MAX_UNPARSED_IN_A_ROW) {
            protocolError = true;
            AgentEvent.Error error = new AgentEvent.Error(now, AgentEvent.Error.STREAM_PROTOCOL_ERROR,
                    MAX_UNPARSED_IN_A_ROW + " unparseable lines in a row", null, false);
            terminal = error;
            out.add(error);
            return out;
        }
        out.add(new AgentEvent.SystemNotice(now, AgentEvent.SystemNotice.UNPARSED, null, firstBytes(line), null,
                null));
        return out;
    }

    /**
     * The native stream ended (EOF and process exit) without a stop. Emits {@code silent-exit}, or
     * {@code spawn-failed} when the harness never produced an event and {@code exitCode} is non-zero; nothing when a
     * terminal was already emitted.
     *
     * @param exitCode   the process exit code, when known
     * @param stderrTail the last stderr bytes, for the message
     */
    public synchronized List<AgentEvent> endOfStream(@Nullable Integer exitCode, String stderrTail) {
        if (terminal != null) {
            return List.of();
        }
        List<AgentEvent> out = new ArrayList<>(2);
        var now = clock.instant();
        ensureInitAt(out, now);
        boolean spawnFailed = !harnessEventSeen && exitCode != null && exitCode != 0;
        String code = spawnFailed ? AgentEvent.Error.SPAWN_FAILED : AgentEvent.Error.SILENT_EXIT;
        String what = spawnFailed ? "the harness exited before producing any event"
                : "the harness stream ended without a terminal event";
        String message = what + " (exit code " + (exitCode == null ? "unknown" : exitCode) + ")"
                + (stderrTail == null || stderrTail.isBlank() ? "" : "; stderr: " + stderrTail.strip());
        AgentEvent.Error error = new AgentEvent.Error(now, code, message, exitCode, false);
        terminal = error;
        out.add(error);
        return out;
    }

    /**
     * The harness was stopped (StopSession) and its stream is over: {@code Error("killed", stopMode)} unless a
     * terminal was already emitted.
     */
    public synchronized List<AgentEvent> stopped(String stopMode, @Nullable Integer exitCode) {
        Objects.requireNonNull(stopMode, "stopMode");
        if (terminal != null) {
            return List.of();
        }
        List<AgentEvent> out = new ArrayList<>(2);
        var now = clock.instant();
        ensureInitAt(out, now);
        AgentEvent.Error error = new AgentEvent.Error(now, AgentEvent.Error.KILLED, stopMode, exitCode, false);
        terminal = error;
        out.add(error);
        return out;
    }

    /** True once the terminal was emitted. */
    public synchronized boolean isTerminated() {
        return terminal != null;
    }

    /** The terminal, once emitted. */
    public synchronized Optional<AgentEvent.Terminal> terminal() {
        return Optional.ofNullable(terminal);
    }

    /** Events and lines dropped because they came after the terminal. */
    public synchronized long droppedAfterTerminal() {
        return droppedAfterTerminal;
    }

    /** Unparseable lines seen before the terminal. */
    public synchronized long unparsedLines() {
        return unparsedTotal;
    }

    /** True when the stream ended with {@code stream-protocol-error}: the owner must kill the process group. */
    public synchronized boolean protocolErrorRaised() {
        return protocolError;
    }

    /** The harness's session id from the first {@code Init} that carried one. */
    public synchronized Optional<String> nativeSessionId() {
        return Optional.ofNullable(nativeSessionId);
    }

    private void ensureInit(List<AgentEvent> out, AgentEvent before) {
        ensureInitAt(out, before.observedAt());
    }

    private void ensureInitAt(List<AgentEvent> out, java.time.Instant at) {
        if (!initSeen) {
            initSeen = true;
            out.add(AgentEvent.Init.synthesized(at));
        }
    }

    private static boolean isUnparsedNotice(AgentEvent event) {
        return event instanceof AgentEvent.SystemNotice notice
                && AgentEvent.SystemNotice.UNPARSED.equals(notice.subtype());
    }

    /**
     * The longest prefix of {@code line} that fits {@value #UNPARSED_DATA_BYTES} UTF-8 bytes, never cutting a
     * character.
     */
    static String firstBytes(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= UNPARSED_DATA_BYTES) {
            return line;
        }
        int end = UNPARSED_DATA_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // bytes[end] continues a character that started before the cut
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
