package dev.donmai.runtime.spi.harness;

import dev.donmai.runtime.spi.process.GroupProcess;
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

    /** Lines and events dropped because they came after the terminal event. */
    long droppedAfterTerminal();

    /** The last stderr bytes (≤ 2 KiB). */
    String stderrTail();
}
