package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.TurnResult;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verdict resolution (sessions.md §9, D21), run only when the terminal is a {@code Result} and no stop mode is set.
 * The first source that yields a verdict wins: {@code .agent/turn-result.json}, then the last
 * {@code WORK_RESULT:<verdict>} in the final assistant text or the result text, then the backstop ({@code unverified}).
 */
final class VerdictResolver {

    /** The longest summary taken from the result text. */
    static final int MAX_SUMMARY_BYTES = 2 * 1024;

    /**
     * A resolved verdict.
     *
     * @param verdict        the verdict
     * @param source         where it came from
     * @param summary        the summary
     * @param blockedReason  why blocked (turn-result only)
     * @param commitSha      the turn-result's confirmed commit
     * @param pullRequestUrl the turn-result's confirmed pull request
     * @param warnings       warnings raised on the way
     */
    record Resolved(Verdict verdict, VerdictSource source, String summary, @Nullable String blockedReason,
            @Nullable String commitSha, @Nullable String pullRequestUrl, List<String> warnings) {
        Resolved {
            warnings = List.copyOf(warnings);
        }
    }

    private final TurnResultReader turnResults;

    VerdictResolver(TurnResultReader turnResults) {
        this.turnResults = turnResults;
    }

    /**
     * @param workarea          the workarea
     * @param harnessStart      when the harness started (turn-result files older than this are stale)
     * @param finalAssistantText the last assistant text of the stream, if any
     * @param result            the terminal result
     */
    Resolved resolve(Path workarea, Instant harnessStart, @Nullable String finalAssistantText,
            AgentEvent.Result result) {
        List<String> warnings = new ArrayList<>();
        TurnResultReader.Read read = turnResults.read(workarea, harnessStart);
        warnings.addAll(read.warnings());
        if (read.result().isPresent()) {
            TurnResult t = read.result().get();
            return new Resolved(t.verdict(), VerdictSource.TURN_RESULT, t.summary(), t.blockedReason(),
                    t.commitSha(), t.pullRequestUrl(), warnings);
        }
        String resultText = result.text();
        String markerText = (finalAssistantText == null ? "" : finalAssistantText) + "\n"
                + (resultText == null ? "" : resultText);
        Optional<Verdict> marker = TurnResult.lastMarker(markerText);
        String summary = Texts.truncateUtf8(resultText != null ? resultText
                : finalAssistantText != null ? finalAssistantText : "", MAX_SUMMARY_BYTES);
        if (marker.isPresent()) {
            return new Resolved(marker.get(), VerdictSource.MARKER, summary, null, null, null, warnings);
        }
        return new Resolved(Verdict.UNVERIFIED, VerdictSource.BACKSTOP, summary, null, null, null, warnings);
    }
}
