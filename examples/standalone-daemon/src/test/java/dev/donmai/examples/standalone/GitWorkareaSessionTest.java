package dev.donmai.examples.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.contracts.session.VerdictSource;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.runtime.api.SessionListener;
import dev.donmai.runtime.api.SessionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine with the real {@code git} workarea provider (mirror, linked worktrees, pool, archive) and an in-test
 * harness: the branch and commit come back into the user's repository, clean workareas go back to the pool and are
 * acquired warm, failed ones are archived with the engine's manifest, and a session without a repository gets the
 * provider's empty repository.
 */
class GitWorkareaSessionTest {

    @TempDir
    Path dir;

    private final InlineHarness harness = new InlineHarness("inline");
    private Path repo;
    private OssRuntime runtime;

    @BeforeEach
    void setUp() {
        repo = Repos.create(dir.resolve("repo"));
        runtime = new OssRuntime(dir.resolve("state"), Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"), b -> b,
                List.of(harness.factory(), new InlineEndpoint.Factory()));
    }

    @AfterEach
    void tearDown() {
        runtime.close();
    }

    private SessionResult run(String sessionId, String repository) {
        return runtime.engine.run(SessionSpec.builder(sessionId).repository(repository).ref("main")
                .harness("inline").title("t").build(), SessionListener.NONE);
    }

    @Test
    void theResultComesBackAsABranchAndTheCleanWorkareaIsPooled() {
        assertThat(runtime.has(ProviderFamily.WORKAREA, "git")).isTrue();
        harness.doing(wa -> {
            Repos.git(wa, "config", "user.email", "agent@example.invalid");
            Repos.git(wa, "config", "user.name", "Agent");
            write(wa.resolve("feature.txt"), "feature\n");
            Repos.git(wa, "add", "feature.txt");
            Repos.git(wa, "commit", "-q", "-m", "feature");
            write(wa.resolve(".agent/turn-result.json"), "{\"schemaVersion\":1,\"verdict\":\"passed\","
                    + "\"summary\":\"feature added\",\"commitSha\":\"" + Repos.git(wa, "rev-parse", "HEAD") + "\"}");
            return AgentEvent.Result.success(Instant.now(), "done");
        });

        SessionResult first = run("g-1", repo.toString());

        assertThat(first.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(first.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(first.verdictSource()).isEqualTo(VerdictSource.TURN_RESULT);
        assertThat(first.workareaPath()).isEqualTo(runtime.stateHome.resolve("worktrees/g-1").toString());
        assertThat(first.acquirePath()).isEqualTo(AcquirePath.COLD);
        assertThat(first.pushed()).isTrue();
        assertThat(Repos.git(repo, "rev-parse", "agent/g-1")).isEqualTo(first.commitSha());
        assertThat(Repos.git(repo, "symbolic-ref", "--short", "HEAD")).isEqualTo("main");
        assertThat(first.releaseMode()).isEqualTo("return-to-pool");

        harness.doing(wa -> AgentEvent.Result.success(Instant.now(), "nothing to do WORK_RESULT:passed"));
        SessionResult second = run("g-2", repo.toString());

        assertThat(second.acquirePath()).isEqualTo(AcquirePath.POOL_WARM);
        assertThat(second.verdictSource()).isEqualTo(VerdictSource.MARKER);
        assertThat(second.baseCommit()).isEqualTo(first.baseCommit());
    }

    @Test
    void leftoversAreCommittedByTheBackstop() {
        harness.doing(wa -> {
            write(wa.resolve("notes.md"), "notes\n");
            write(wa.resolve("app.log"), "noise\n");
            return AgentEvent.Result.success(Instant.now(), "done");
        });

        SessionResult result = run("g-backstop", repo.toString());

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(result.verdictSource()).isEqualTo(VerdictSource.BACKSTOP);
        assertThat(Repos.git(repo, "log", "-1", "--format=%s", "agent/g-backstop"))
                .startsWith("Backstop: g-backstop (");
        assertThat(Repos.git(repo, "show", "--name-only", "--format=", "agent/g-backstop")).isEqualTo("notes.md");
        assertThat(result.releaseMode()).isIn("return-to-pool", "destroy");
    }

    @Test
    void aFailedSessionIsArchivedWithTheEnginesManifest() throws IOException {
        harness.doing(wa -> {
            write(wa.resolve("half-done.txt"), "wip\n");
            return new AgentEvent.Error(Instant.now(), "harness-error", "boom", 3, false);
        });

        SessionResult result = run("g-fail", repo.toString());

        assertThat(result.state()).isEqualTo(SessionState.FAILED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.HARNESS);
        assertThat(result.releaseMode()).isEqualTo("archive");
        Path archive = runtime.stateHome.resolve("workareas/g-fail-1");
        assertThat(archive.resolve("tree/half-done.txt")).hasContent("wip");
        assertThat(archive.resolve("agent/events.jsonl")).isRegularFile();
        JsonNode manifest = new ObjectMapper().readTree(archive.resolve("manifest.json").toFile());
        assertThat(manifest.get("outcome").asText()).isEqualTo("failed");
        assertThat(manifest.get("failureMode").asText()).isEqualTo("FailureHarness");
        assertThat(manifest.get("attempt").asInt()).isEqualTo(1);
        assertThat(manifest.get("branch").asText()).isEqualTo("agent/g-fail");
    }

    @Test
    void aSessionWithoutRepositoryGetsAnEmptyOneAndIsArchived() {
        harness.doing(wa -> {
            write(wa.resolve("hello.txt"), "hi\n");
            return AgentEvent.Result.success(Instant.now(), "done");
        });

        SessionResult result = runtime.engine.run(SessionSpec.builder("g-empty").harness("inline").prompt("hi")
                .build(), SessionListener.NONE);

        assertThat(result.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(result.branch()).isEqualTo("agent/g-empty");
        assertThat(result.commitSha()).isNotNull();
        assertThat(result.releaseMode()).isEqualTo("archive");
    }

    @Test
    void anUnknownRepositoryIsAWorkareaFailure() {
        SessionResult result = run("g-missing", dir.resolve("nope").toString());

        assertThat(result.state()).isEqualTo(SessionState.FAILED);
        assertThat(result.failureMode()).isEqualTo(FailureMode.WORKAREA);
        assertThat(result.reason()).startsWith("workarea: ");
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
