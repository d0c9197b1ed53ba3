package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.AgentEvent;
import java.time.Instant;
import java.util.List;

/**
 * Maps one harness's native output to {@link AgentEvent}s (the per-harness tables of sessions.md §12). Called from
 * one thread per stream: {@link #parse} and {@link #onEnd} from the stdout reader, {@link #onStderrLine} from the
 * stderr reader, so an implementation that shares state between them synchronises it. Stream rules are not the
 * parser's job: {@link EventNormaliser} enforces them on whatever the parser returns. A parser buffers streaming
 * deltas itself and returns only complete texts.
 */
public interface LineParser {

    /** Events to emit as soon as the process has started (e.g. the shell harness's synthesized {@code Init}). */
    default List<AgentEvent> onStart(Instant now) {
        return List.of();
    }

    /** Maps one stdout line (without its line terminator). */
    ParseResult parse(String line, Instant observedAt);

    /** Maps one stderr line; by default stderr only feeds the stderr log and tail. */
    default List<AgentEvent> onStderrLine(String line, Instant observedAt) {
        return List.of();
    }

    /**
     * Events for the end of the native stream, when it ended without a stop (EOF and exit): e.g. a harness whose
     * result is implied by its exit. Return nothing to let the normaliser decide ({@code silent-exit} or
     * {@code spawn-failed}).
     *
     * @param exitCode the process exit code, when known
     */
    default List<AgentEvent> onEnd(@Nullable Integer exitCode, Instant now) {
        return List.of();
    }
}
