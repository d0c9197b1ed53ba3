package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.textList;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent's own report, written to {@value #PATH} (schema version 1; sessions.md §9). Its verdict is
 * {@code passed}, {@code failed} or {@code blocked}; {@code unverified} is the backstop's and never appears here.
 * Whether {@code commitSha} exists and {@code pullRequestUrl} is confirmed is checked by the runtime, which drops a
 * failing field with a warning.
 *
 * @param schemaVersion   always {@value #SCHEMA_VERSION}
 * @param verdict         the agent's verdict
 * @param summary         what was done
 * @param blockedReason   why the agent is blocked
 * @param pullRequestUrl  the pull request opened, if any
 * @param commitSha       the commit holding the work
 * @param repositories    repositories touched
 */
public record TurnResult(
        int schemaVersion,
        Verdict verdict,
        String summary,
        @Nullable String blockedReason,
        @Nullable String pullRequestUrl,
        @Nullable String commitSha,
        List<String> repositories) {

    /** Path of the file, relative to the workarea. */
    public static final String PATH = ".agent/turn-result.json";
    /** The only schema version. */
    public static final int SCHEMA_VERSION = 1;
    /** Largest file the runtime reads. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The fallback marker in the final text; the last match wins. */
    public static final Pattern MARKER = Pattern.compile("WORK_RESULT:(passed|failed|blocked)");

    public TurnResult {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new ProviderException.ContractViolation(
                    ProviderException.ViolationCode.UNSUPPORTED_CONTRACT_VERSION, "schemaVersion");
        }
        require(verdict, "verdict");
        check(verdict != Verdict.UNVERIFIED, "verdict");
        require(summary, "summary");
        repositories = textList(repositories, "repositories");
    }

    /** A version-1 result. */
    public static TurnResult of(Verdict verdict, String summary) {
        return new TurnResult(SCHEMA_VERSION, verdict, summary, null, null, null, List.of());
    }

    /** The verdict of the last {@code WORK_RESULT:<verdict>} marker in {@code text}, if any. */
    public static Optional<Verdict> lastMarker(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = MARKER.matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return Optional.ofNullable(last).map(Verdict::fromWire);
    }
}
