package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Usage;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import dev.donmai.contracts.workarea.AcquirePath;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result record of one session attempt (sessions.md §10, {@code schemaVersion} 1): written to
 * {@code .agent/result.json}, archived with the session's {@code .agent/} copy, and returned by the engine. Every text
 * in it has passed the {@link dev.donmai.runtime.spi.SecretRedactor}. {@link #toWire()} is its JSON shape.
 *
 * @param sessionId            the session id
 * @param attempt              the attempt number
 * @param claimId              the orchestrator claim, if any
 * @param source               where the session came from
 * @param state                the terminal state
 * @param failureMode          why it failed or was stopped (wire: protocol spelling, e.g. {@code FailureNoProgress})
 * @param reason               a short machine-readable detail, e.g. {@code prompt-render}, {@code silent-exit}
 * @param verdict              the verdict, or null when none was resolved (verdict resolution did not run)
 * @param verdictSource        where the verdict came from, or null
 * @param summary              the agent's summary ({@code ""} when there is none)
 * @param blockedReason        why the agent is blocked
 * @param baseCommit           the commit the workarea started from; null when no workarea was acquired or the
 *                             repository was empty
 * @param commitSha            the commit holding the work (turn-result's, else the branch head when it moved)
 * @param branch               the session's branch, normally {@code agent/<sessionId>}
 * @param pushed               true when the branch was pushed (sessions.md §9)
 * @param pullRequestUrl       a confirmed pull request URL
 * @param harness              the resolved harness id
 * @param model                the model (requested, else the one the harness reported)
 * @param nativeSessionId      the harness's own session id
 * @param exitCode             the harness exit code, when known
 * @param signal               the signal that ended the harness, when known (e.g. {@code SIGKILL})
 * @param costUsd              the metered total cost in USD, when known
 * @param usage                the metered token totals, when known
 * @param numTurns             agent turns, when reported
 * @param startedAt            when the session was accepted
 * @param endedAt              when it reached its terminal state
 * @param durationMs           monotonic milliseconds between the two
 * @param acquirePath          how the workarea was acquired
 * @param workareaPath         the workarea directory
 * @param releaseMode          the release mode applied (wire spelling), or planned when release did not finish
 * @param archivePath          where the session's {@code .agent/} copy and manifest (and, when archived, the tree) are
 * @param eventCount           normalised events seen
 * @param droppedAfterTerminal events dropped because they came after the terminal
 * @param activityDropped      activity updates dropped (always 0 without an orchestrator)
 * @param spineDropped         spine appends that failed
 * @param memory               the memory step's report
 * @param warnings             warnings, in order
 */
public record SessionResult(
        String sessionId,
        int attempt,
        @Nullable String claimId,
        SessionSource source,
        SessionState state,
        @Nullable FailureMode failureMode,
        @Nullable String reason,
        @Nullable Verdict verdict,
        @Nullable VerdictSource verdictSource,
        String summary,
        @Nullable String blockedReason,
        @Nullable String baseCommit,
        @Nullable String commitSha,
        @Nullable String branch,
        boolean pushed,
        @Nullable String pullRequestUrl,
        @Nullable String harness,
        @Nullable String model,
        @Nullable String nativeSessionId,
        @Nullable Integer exitCode,
        @Nullable String signal,
        @Nullable Double costUsd,
        @Nullable Usage usage,
        @Nullable Integer numTurns,
        Instant startedAt,
        Instant endedAt,
        long durationMs,
        @Nullable AcquirePath acquirePath,
        @Nullable String workareaPath,
        @Nullable String releaseMode,
        @Nullable String archivePath,
        long eventCount,
        long droppedAfterTerminal,
        long activityDropped,
        long spineDropped,
        MemoryReport memory,
        List<String> warnings) {

    /** The record's schema version. */
    public static final int SCHEMA_VERSION = 1;

    public SessionResult {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        if (!state.isTerminal()) {
            throw new IllegalArgumentException("a result record is written in a terminal state, not " + state.wire());
        }
        if (state.requiresFailureMode() != (failureMode != null)
                || (failureMode != null && !failureMode.permits(state))) {
            throw new IllegalArgumentException("failureMode " + failureMode + " does not fit state " + state.wire());
        }
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(memory, "memory");
        warnings = List.copyOf(warnings);
    }

    /**
     * What the memory step did (intelligence.md §4); v1 only passes an item's {@code memoryBlock} through.
     *
     * @param source         {@code item}, {@code local} or {@code none}
     * @param injected       true when a block went into the prompt
     * @param bytes          the block's size in UTF-8 bytes
     * @param observationIds observations written back
     * @param written        observations written
     * @param duplicates     observations already known
     * @param rejected       observations refused
     */
    public record MemoryReport(String source, boolean injected, long bytes, List<String> observationIds,
            long written, long duplicates, long rejected) {

        /** No memory step ran. */
        public static final MemoryReport NONE = new MemoryReport("none", false, 0, List.of(), 0, 0, 0);

        public MemoryReport {
            Objects.requireNonNull(source, "source");
            observationIds = List.copyOf(observationIds);
        }

        Map<String, Object> toWire() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("source", source);
            out.put("injected", injected);
            out.put("bytes", bytes);
            out.put("observationIds", observationIds);
            out.put("written", written);
            out.put("duplicates", duplicates);
            out.put("rejected", rejected);
            return out;
        }
    }

    /** True when the session completed with verdict {@code passed} (the CLI's exit 0). */
    public boolean passed() {
        return state == SessionState.COMPLETED && verdict == Verdict.PASSED;
    }

    /**
     * The JSON shape of the record, in §10 order: optional fields ({@code ?} in §10) are omitted when absent;
     * {@code verdict} and {@code verdictSource} are always present ({@code null} when none); enums use their wire
     * spelling and {@code failureMode} the protocol spelling; instants are RFC 3339 UTC.
     */
    public Map<String, Object> toWire() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("sessionId", sessionId);
        out.put("attempt", attempt);
        putIf(out, "claimId", claimId);
        out.put("source", source.wire());
        out.put("state", state.wire());
        putIf(out, "failureMode", failureMode == null ? null : failureMode.protocolWire());
        putIf(out, "reason", reason);
        out.put("verdict", verdict == null ? null : verdict.wire());
        out.put("verdictSource", verdictSource == null ? null : verdictSource.wire());
        out.put("summary", summary);
        putIf(out, "blockedReason", blockedReason);
        out.put("baseCommit", baseCommit);
        putIf(out, "commitSha", commitSha);
        out.put("branch", branch);
        out.put("pushed", pushed);
        putIf(out, "pullRequestUrl", pullRequestUrl);
        out.put("harness", harness);
        putIf(out, "model", model);
        putIf(out, "nativeSessionId", nativeSessionId);
        putIf(out, "exitCode", exitCode);
        putIf(out, "signal", signal);
        putIf(out, "costUsd", costUsd);
        if (usage != null) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("inputTokens", usage.inputTokens());
            u.put("outputTokens", usage.outputTokens());
            u.put("cacheReadTokens", usage.cacheReadTokens());
            u.put("cacheWriteTokens", usage.cacheWriteTokens());
            out.put("usage", u);
        }
        putIf(out, "numTurns", numTurns);
        out.put("startedAt", startedAt.toString());
        out.put("endedAt", endedAt.toString());
        out.put("durationMs", durationMs);
        out.put("acquirePath", acquirePath == null ? null : acquirePath.wire());
        out.put("workareaPath", workareaPath);
        out.put("releaseMode", releaseMode);
        putIf(out, "archivePath", archivePath);
        out.put("eventCount", eventCount);
        out.put("droppedAfterTerminal", droppedAfterTerminal);
        out.put("activityDropped", activityDropped);
        out.put("spineDropped", spineDropped);
        out.put("memory", memory.toWire());
        out.put("warnings", warnings);
        return out;
    }

    private static void putIf(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
