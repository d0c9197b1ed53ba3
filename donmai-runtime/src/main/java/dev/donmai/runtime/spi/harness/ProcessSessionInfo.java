package dev.donmai.runtime.spi.harness;

import dev.donmai.runtime.spi.process.GroupProcess;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * What a process-backed {@code AgentSession} can tell the session engine beyond the contract, for the result record
 * (sessions.md §10: {@code exitCode}, {@code droppedAfterTerminal}) and crash recovery (the group's pid and start
 * instant, D16). The engine checks for it with {@code instanceof}.
 */
public interface ProcessSessionInfo {

    /** The harness process group. */
    GroupProcess group();

    /** The harness's exit code, once it exited (a death by signal N reads as 128 + N). */
    OptionalInt exitCode();

    /**
     * Events and unparseable lines the adapter dropped because they came after the terminal event (the stream itself
     * ends at the terminal, so a consumer never sees them). Final once {@link #awaitDrained} returned true.
     */
    long droppedAfterTerminal();

    /**
     * Waits up to {@code timeout} until the harness's stdout has been read to its end (the process and everything
     * holding its pipe are gone), so {@link #droppedAfterTerminal()} and {@link #exitCode()} are final.
     *
     * @return true when drained; false on timeout (e.g. a harness that lingers after its result)
     */
    boolean awaitDrained(Duration timeout);

    /** The last stderr bytes (≤ 2 KiB). */
    String stderrTail();
}
