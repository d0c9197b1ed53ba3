package dev.donmai.providers.tck;

/**
 * The harness behaviours {@code HarnessProviderContractTest} drives through {@code specFor(Scenario, cwd)}
 * (contracts.md §6, row 6). They mirror the {@code stub} harness behaviours of sessions.md §12, so the stub, a real
 * CLI with a scripted prompt, or an in-process fake can all play them. A harness that cannot be made to play one
 * calls {@code Assumptions.abort(...)} from {@code specFor}, and that scenario is reported as skipped.
 */
public enum Scenario {

    /** Init, at least one complete assistant text, then {@code Result(success = true)}. */
    SUCCEED_WITH_TEXT,

    /** Init, a text, then a failed end: {@code Result(success = false)} (or an {@code Error}). */
    FAIL,

    /**
     * Init, a text, an unparseable or otherwise non-fatal line, then a fatal native error, after which the native
     * stream keeps talking (the extra output must be dropped): the stream ends with one {@code Error}.
     */
    MID_STREAM_ERROR,

    /** Init, a text, then the native stream ends without a terminal: the adapter emits {@code Error("silent-exit")}. */
    SILENT_EXIT,

    /** Init, then nothing until stopped; {@code stop} must still end the stream with one terminal (rule 5). */
    HANG,

    /**
     * Init, then at least three texts at least 200 ms apart, then {@code Result(success = true)}: events must reach
     * the consumer as they happen, not in one batch at the end.
     */
    SLOW_OUTPUT
}
