package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.AgentEvent;
import java.time.Instant;
import java.util.List;

/**
 * The mapping of a harness that prints plain text (the {@code shell} harness, sessions.md §12): {@code Init} is
 * synthesized at spawn; each non-blank stdout line is one {@code AssistantText}; each stderr line is a
 * {@code SystemNotice("stderr")}, at most {@value #STDERR_NOTICES_PER_SECOND} per second (the rest are dropped and
 * counted); exit 0 ends with {@code Result(success, text = last line)}, any other exit with
 * {@code Result(success = false, subtype "exit")}.
 */
public final class PlainTextLineParser implements LineParser {

    /** Subtype of the notices made from stderr lines. */
    public static final String STDERR = "stderr";
    /** Subtype of the failed result of a non-zero exit. */
    public static final String EXIT = "exit";
    /** Stderr notices allowed per second. */
    public static final int STDERR_NOTICES_PER_SECOND = 100;

    private @Nullable String lastLine;
    private long windowSecond = Long.MIN_VALUE;
    private int inWindow;
    private long droppedStderr;

    @Override
    public List<AgentEvent> onStart(Instant now) {
        return List.of(AgentEvent.Init.synthesized(now));
    }

    @Override
    public synchronized ParseResult parse(String line, Instant observedAt) {
        if (line.isBlank()) {
            return ParseResult.dropped();
        }
        lastLine = line;
        return ParseResult.of(new AgentEvent.AssistantText(observedAt, line, null, null));
    }

    @Override
    public synchronized List<AgentEvent> onStderrLine(String line, Instant observedAt) {
        long second = observedAt.getEpochSecond();
        if (second != windowSecond) {
            windowSecond = second;
            inWindow = 0;
        }
        if (inWindow >= STDERR_NOTICES_PER_SECOND) {
            droppedStderr++;
            return List.of();
        }
        inWindow++;
        return List.of(new AgentEvent.SystemNotice(observedAt, STDERR, line, null, null, null));
    }

    @Override
    public synchronized List<AgentEvent> onEnd(@Nullable Integer exitCode, Instant now) {
        if (exitCode != null && exitCode == 0) {
            return List.of(AgentEvent.Result.success(now, lastLine));
        }
        return List.of(new AgentEvent.Result(now, false, EXIT, lastLine,
                List.of("exit code " + (exitCode == null ? "unknown" : exitCode)), null, null, null, null));
    }

    /** Stderr lines dropped by the rate limit. */
    public synchronized long droppedStderrLines() {
        return droppedStderr;
    }
}
