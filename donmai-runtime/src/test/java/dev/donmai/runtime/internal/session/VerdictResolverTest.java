package dev.donmai.runtime.internal.session;

import static dev.donmai.runtime.fakes.session.TestGit.commitFile;
import static dev.donmai.runtime.fakes.session.TestGit.git;
import static dev.donmai.runtime.fakes.session.TestGit.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import dev.donmai.runtime.fakes.session.TestGit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import dev.donmai.runtime.spi.git.CliGitExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verdict sources in D21 order, on a real git repository. */
class VerdictResolverTest {

    @TempDir
    Path dir;

    private Path repo;
    private Instant harnessStart;
    private final VerdictResolver resolver = new VerdictResolver(new TurnResultReader(new ObjectMapper(),
            new GitExecAdapter(new CliGitExec())));

    @BeforeEach
    void setUp() {
        repo = TestGit.repo(dir.resolve("repo"));
        harnessStart = Instant.now().minusSeconds(5);
    }

    @Test
    void aValidTurnResultWinsOverTheMarker() {
        String sha = commitFile(repo, "a.txt", "a", "work");
        turnResult("{\"schemaVersion\":1,\"verdict\":\"blocked\",\"summary\":\"need a key\","
                + "\"blockedReason\":\"no API key\",\"commitSha\":\"" + sha + "\",\"repositories\":[\"r\"]}");

        VerdictResolver.Resolved r = resolve("WORK_RESULT:passed", "done WORK_RESULT:passed");

        assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(r.source()).isEqualTo(VerdictSource.TURN_RESULT);
        assertThat(r.summary()).isEqualTo("need a key");
        assertThat(r.blockedReason()).isEqualTo("no API key");
        assertThat(r.commitSha()).isEqualTo(sha);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void anUnknownCommitAndAnUnconfirmedPullRequestAreDroppedWithWarnings() {
        turnResult("{\"schemaVersion\":1,\"verdict\":\"passed\",\"summary\":\"ok\",\"commitSha\":\""
                + "0".repeat(40) + "\",\"pullRequestUrl\":\"https://example.com/o/r/pull/7\"}");

        VerdictResolver.Resolved r = resolve(null, "done");

        assertThat(r.source()).isEqualTo(VerdictSource.TURN_RESULT);
        assertThat(r.commitSha()).isNull();
        assertThat(r.pullRequestUrl()).isNull();
        assertThat(r.warnings()).containsExactly("turn-result-commit-unknown: " + "0".repeat(40),
                "turn-result-pull-request-unconfirmed: https://example.com/o/r/pull/7");
    }

    @Test
    void aPullRequestConfirmedByTheRemoteIsKept() {
        Path origin = TestGit.repo(dir.resolve("origin"));
        String prHead = commitFile(origin, "pr.txt", "pr", "pr");
        git(origin, "update-ref", "refs/pull/7/head", prHead);
        git(repo, "remote", "add", "origin", origin.toString());
        turnResult("{\"schemaVersion\":1,\"verdict\":\"passed\",\"summary\":\"ok\","
                + "\"pullRequestUrl\":\"https://example.com/o/r/pull/7\"}");

        assertThat(resolve(null, "done").pullRequestUrl()).isEqualTo("https://example.com/o/r/pull/7");
    }

    @Test
    void invalidFilesFallThroughToTheMarkerWithAWarning() {
        assertFallsThrough("not json", "turn-result-invalid: not valid JSON");
        assertFallsThrough("[1]", "turn-result-invalid: not a JSON object");
        assertFallsThrough("{\"schemaVersion\":2,\"verdict\":\"passed\",\"summary\":\"s\"}",
                "turn-result-invalid: schemaVersion is not 1");
        assertFallsThrough("{\"schemaVersion\":1,\"verdict\":\"unverified\",\"summary\":\"s\"}",
                "turn-result-invalid: verdict is not passed, failed or blocked");
        assertFallsThrough("{\"schemaVersion\":1,\"verdict\":\"passed\",\"summary\":3}",
                "turn-result-invalid: summary is not a string");
        assertFallsThrough("{\"schemaVersion\":1,\"verdict\":\"passed\",\"summary\":\"" + "x".repeat(1024 * 1024)
                + "\"}", "turn-result-invalid: larger than 1 MiB");
    }

    @Test
    void aFileOlderThanTheHarnessIsStale() throws IOException {
        turnResult("{\"schemaVersion\":1,\"verdict\":\"passed\",\"summary\":\"old\"}");
        Files.setLastModifiedTime(repo.resolve(".agent/turn-result.json"),
                FileTime.from(harnessStart.minusSeconds(60)));

        VerdictResolver.Resolved r = resolve(null, "WORK_RESULT:failed");

        assertThat(r.source()).isEqualTo(VerdictSource.MARKER);
        assertThat(r.warnings()).containsExactly("turn-result-invalid: written before the harness started");
    }

    @Test
    void theLastMarkerOfFinalTextThenResultTextWins() {
        VerdictResolver.Resolved r = resolve("WORK_RESULT:failed then WORK_RESULT:blocked",
                "summary WORK_RESULT:passed");

        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.source()).isEqualTo(VerdictSource.MARKER);
        assertThat(r.summary()).isEqualTo("summary WORK_RESULT:passed");

        assertThat(resolve("WORK_RESULT:failed", null).verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void withoutEitherTheBackstopGivesUnverifiedAndATruncatedSummary() {
        VerdictResolver.Resolved r = resolve("nothing here", "x".repeat(5000));

        assertThat(r.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(r.source()).isEqualTo(VerdictSource.BACKSTOP);
        assertThat(r.summary()).hasSize(2048);
    }

    private void assertFallsThrough(String content, String warning) {
        turnResult(content);
        VerdictResolver.Resolved r = resolve(null, "WORK_RESULT:passed");
        assertThat(r.source()).isEqualTo(VerdictSource.MARKER);
        assertThat(r.warnings()).containsExactly(warning);
    }

    private VerdictResolver.Resolved resolve(String finalText, String resultText) {
        return resolver.resolve(repo, harnessStart, finalText, AgentEvent.Result.success(Instant.now(), resultText));
    }

    private void turnResult(String content) {
        write(repo.resolve(".agent/turn-result.json"), content);
    }
}
