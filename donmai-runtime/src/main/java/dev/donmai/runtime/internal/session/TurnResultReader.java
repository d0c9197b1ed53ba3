package dev.donmai.runtime.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.session.TurnResult;
import dev.donmai.contracts.session.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code .agent/turn-result.json}, verdict source 1 (sessions.md §9): at most 1 MiB, modified no earlier than
 * the harness start, {@code schemaVersion} 1, a {@code verdict} of {@code passed|failed|blocked} and a string
 * {@code summary}; optional {@code blockedReason}, {@code pullRequestUrl}, {@code commitSha}, {@code repositories[]}.
 * A {@code commitSha} must exist ({@code git cat-file -e}); a {@code pullRequestUrl} is kept only when
 * {@code git ls-remote origin refs/pull/<n>/head} confirms it. A failing optional field is dropped with a warning; an
 * invalid file is a warning and yields nothing, so resolution falls through.
 */
final class TurnResultReader {

    /**
     * Filesystem timestamps and the recorded harness start come from different clocks (the start instant of a
     * process is kept in scheduler ticks), so a file written at once can look a few milliseconds older; a second of
     * slack still rejects a file left over from an earlier run.
     */
    static final Duration MTIME_SLACK = Duration.ofSeconds(1);

    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SHA = Pattern.compile("^[0-9a-fA-F]{4,64}$");
    private static final Pattern PULL = Pattern.compile("/pulls?/(\\d+)(?:[/?#].*)?$");
    private static final Set<String> VERDICTS = Set.of("passed", "failed", "blocked");

    /** What was read: the result, if the file was valid, and the warnings. */
    record Read(Optional<TurnResult> result, List<String> warnings) {
        Read {
            warnings = List.copyOf(warnings);
        }
    }

    private final ObjectMapper json;
    private final SessionGit git;

    TurnResultReader(ObjectMapper json, SessionGit git) {
        this.json = json;
        this.git = git;
    }

    Read read(Path workarea, Instant harnessStart) {
        Path file = workarea.resolve(TurnResult.PATH);
        List<String> warnings = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new Read(Optional.empty(), warnings);
        }
        JsonNode root;
        try {
            if (Files.size(file) > TurnResult.MAX_BYTES) {
                return invalid(warnings, "larger than 1 MiB");
            }
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            if (modified.plus(MTIME_SLACK).isBefore(harnessStart)) {
                return invalid(warnings, "written before the harness started");
            }
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            return invalid(warnings, "not valid JSON");
        }
        if (root == null || !root.isObject()) {
            return invalid(warnings, "not a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || version.asInt() != TurnResult.SCHEMA_VERSION) {
            return invalid(warnings, "schemaVersion is not 1");
        }
        JsonNode verdict = root.get("verdict");
        if (verdict == null || !verdict.isTextual() || !VERDICTS.contains(verdict.asText())) {
            return invalid(warnings, "verdict is not passed, failed or blocked");
        }
        JsonNode summary = root.get("summary");
        if (summary == null || !summary.isTextual()) {
            return invalid(warnings, "summary is not a string");
        }
        String blockedReason = optionalText(root, "blockedReason", warnings);
        String pullRequestUrl = optionalText(root, "pullRequestUrl", warnings);
        String commitSha = optionalText(root, "commitSha", warnings);
        List<String> repositories = repositories(root, warnings);

        if (commitSha != null && !commitExists(workarea, commitSha)) {
            warnings.add("turn-result-commit-unknown: " + commitSha);
            commitSha = null;
        }
        if (pullRequestUrl != null && !pullRequestConfirmed(workarea, pullRequestUrl)) {
            warnings.add("turn-result-pull-request-unconfirmed: " + pullRequestUrl);
            pullRequestUrl = null;
        }
        TurnResult result = new TurnResult(TurnResult.SCHEMA_VERSION, Verdict.fromWire(verdict.asText()),
                summary.asText(), blockedReason, pullRequestUrl, commitSha, repositories);
        return new Read(Optional.of(result), warnings);
    }

    private static Read invalid(List<String> warnings, String why) {
        warnings.add("turn-result-invalid: " + why);
        return new Read(Optional.empty(), warnings);
    }

    private static String optionalText(JsonNode root, String field, List<String> warnings) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            warnings.add("turn-result-field-dropped: " + field);
            return null;
        }
        return node.asText();
    }

    private static List<String> repositories(JsonNode root, List<String> warnings) {
        JsonNode node = root.get("repositories");
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    warnings.add("turn-result-field-dropped: repositories");
                    return List.of();
                }
                out.add(item.asText());
            }
            return out;
        }
        warnings.add("turn-result-field-dropped: repositories");
        return List.of();
    }

    private boolean commitExists(Path workarea, String sha) {
        return SHA.matcher(sha).matches()
                && git.run(workarea, List.of("cat-file", "-e", sha + "^{commit}"), GIT_TIMEOUT).ok();
    }

    private boolean pullRequestConfirmed(Path workarea, String url) {
        Matcher matcher = PULL.matcher(url);
        if (!matcher.find()) {
            return false;
        }
        GitOutput out = git.run(workarea, List.of("ls-remote", "origin", "refs/pull/" + matcher.group(1) + "/head"),
                GIT_TIMEOUT);
        return out.ok() && !out.out().isEmpty();
    }
}
