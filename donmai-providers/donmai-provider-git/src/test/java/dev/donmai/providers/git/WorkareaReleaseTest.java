package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.runtime.spi.git.GitExec;
import dev.donmai.runtime.spi.git.GitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Release modes: return-to-pool cleaning, the dirty-tree guard, idempotency, archive, and the kept branch. */
class WorkareaReleaseTest {

    private WorkareaFixture f = new WorkareaFixture(WorkareaFixture.defaultFiles());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void returnToPoolCleansArtifactsAndKeepsIgnoredCachesAndTheBranch() {
        Workarea a = f.acquire();
        Path wa = a.path();
        String sessionBranch = f.gitIn(wa, "symbolic-ref", "--short", "HEAD");
        WorkareaFixture.write(wa.resolve("README.md"), "# edited\n");
        f.gitIn(wa, "commit", "-qam", "session work");
        String sessionCommit = f.gitIn(wa, "rev-parse", "HEAD");
        WorkareaFixture.write(wa.resolve("package-lock.json"), "{\"edited\": true}\n");
        WorkareaFixture.write(wa.resolve("untracked.txt"), "left behind\n");
        WorkareaFixture.write(wa.resolve(".agent/events.jsonl"), "{}\n");
        WorkareaFixture.write(wa.resolve("dist/app.js"), "built\n");
        WorkareaFixture.write(wa.resolve(".next/cache.bin"), "x\n");
        WorkareaFixture.write(wa.resolve("coverage/lcov.info"), "x\n");
        WorkareaFixture.write(wa.resolve("node_modules/.cache/babel.json"), "{}\n");
        WorkareaFixture.write(wa.resolve("node_modules/left-pad/index.js"), "module.exports = 1;\n");

        ReleaseOutcome outcome = f.release(a, ReleaseMode.RETURN_TO_POOL);
        assertThat(outcome).isEqualTo(ReleaseOutcome.asRequested(ReleaseMode.RETURN_TO_POOL));
        assertThat(wa).doesNotExist();
        assertThat(f.pool().ready(f.mainKey())).singleElement()
                .satisfies(m -> assertThat(m.id()).startsWith("pm-"))
                .satisfies(m -> assertThat(m.commit()).isEqualTo(a.commit()))
                .satisfies(m -> assertThat(m.cleanStateChecksum()).isEqualTo(a.cleanStateChecksum()));
        assertThat(f.gitIn(f.mirror(), "rev-parse", "refs/heads/" + sessionBranch)).as("branch kept in the mirror")
                .isEqualTo(sessionCommit);

        Workarea b = f.acquire();
        assertThat(b.acquirePath()).isEqualTo(AcquirePath.POOL_WARM);
        Path wb = b.path();
        assertThat(wb.resolve("README.md")).hasContent("# source");
        assertThat(wb.resolve("package-lock.json")).hasContent("{\"lockfileVersion\": 3}");
        for (String gone : List.of("untracked.txt", ".agent", "dist", ".next", "coverage", "node_modules/.cache")) {
            assertThat(wb.resolve(gone)).as(gone).doesNotExist();
        }
        assertThat(wb.resolve("node_modules/left-pad/index.js")).as("ignored dependency cache stays warm").exists();
        assertThat(f.gitIn(wb, "rev-parse", "HEAD")).isEqualTo(a.commit());
        assertThat(b.cleanStateChecksum()).isEqualTo(a.cleanStateChecksum());
    }

    @Test
    void aTreeThatStaysDirtyNeverGoesBackToThePool() {
        f.close();
        // A git whose clean does nothing: the scrubbed tree keeps its untracked file.
        UnaryOperator<GitExec> brokenClean = exec -> (cwd, args, env, timeout) ->
                args.contains("clean") ? new GitResult(0, "", "") : exec.run(cwd, args, env, timeout);
        f = new WorkareaFixture(WorkareaFixture.defaultFiles(), Map.of(), brokenClean);
        Workarea a = f.acquire();
        WorkareaFixture.write(a.path().resolve("stray.txt"), "dirt\n");
        ReleaseOutcome outcome = f.release(a, ReleaseMode.RETURN_TO_POOL);
        assertThat(outcome.applied()).isEqualTo(ReleaseMode.DESTROY);
        assertThat(outcome.warning()).isEqualTo("dirty-after-clean");
        assertThat(a.path()).doesNotExist();
        assertThat(f.pool().members()).isEmpty();
        assertThat(f.list(f.stateHome.resolve("cache/pool"))).isEmpty();
        assertThat(f.acquire().acquirePath()).isEqualTo(AcquirePath.COLD);
    }

    @Test
    void aFullKeyOrADisabledPoolDestroysWithAWarning() {
        Workarea a = f.acquire();
        Workarea b = f.acquire();
        Workarea c = f.acquire();
        assertThat(f.release(a, ReleaseMode.RETURN_TO_POOL).warning()).isNull();
        assertThat(f.release(b, ReleaseMode.RETURN_TO_POOL).warning()).isNull();
        ReleaseOutcome third = f.release(c, ReleaseMode.RETURN_TO_POOL);
        assertThat(third.applied()).isEqualTo(ReleaseMode.DESTROY);
        assertThat(third.warning()).isEqualTo("pool-full");
        assertThat(f.pool().ready(f.mainKey())).hasSize(2);

        f.close();
        f = new WorkareaFixture(WorkareaFixture.defaultFiles(), Map.of("pool.enabled", false),
                UnaryOperator.identity());
        ReleaseOutcome off = f.release(f.acquire(), ReleaseMode.RETURN_TO_POOL);
        assertThat(off.applied()).isEqualTo(ReleaseMode.DESTROY);
        assertThat(off.warning()).isEqualTo("pool-disabled");
    }

    @Test
    void pauseIsReturnToPoolWithPauseDegraded() {
        ReleaseOutcome outcome = f.release(f.acquire(), ReleaseMode.PAUSE);
        assertThat(outcome.requested()).isEqualTo(ReleaseMode.PAUSE);
        assertThat(outcome.applied()).isEqualTo(ReleaseMode.RETURN_TO_POOL);
        assertThat(outcome.warning()).isEqualTo("pause-degraded");
        assertThat(f.pool().ready(f.mainKey())).hasSize(1);
    }

    @Test
    void anEqualRepeatReturnsTheFirstOutcomeAndAnotherModeConflicts() {
        Workarea a = f.acquire();
        ReleaseOutcome first = f.release(a, ReleaseMode.RETURN_TO_POOL);
        assertThat(f.release(a, ReleaseMode.RETURN_TO_POOL)).isSameAs(first);
        assertThat(f.pool().ready(f.mainKey())).as("the repeat did nothing").hasSize(1);
        assertThatThrownBy(() -> f.release(a, new ReleaseMode.Archive("1")))
                .isInstanceOfSatisfying(ProviderException.ReleaseConflict.class, e -> {
                    assertThat(e.workareaId()).isEqualTo(a.id());
                    assertThat(e.first()).isEqualTo("return-to-pool");
                    assertThat(e.requested()).isEqualTo("archive");
                });

        Workarea b = f.acquire();
        ReleaseOutcome archived = f.release(b, new ReleaseMode.Archive("1"));
        assertThat(f.release(b, new ReleaseMode.Archive("2"))).as("a label does not make another mode")
                .isSameAs(archived);
    }

    @Test
    void archiveKeepsTheBranchTheRefAndTheLockedTreeWithAManifest() throws Exception {
        String sessionId = WorkareaFixture.newSessionId();
        Workarea a = f.provider.acquire(f.spec(sessionId, f.main()), WorkareaFixture.T);
        WorkareaFixture.write(a.path().resolve("work.txt"), "committed\n");
        f.gitIn(a.path(), "add", "work.txt");
        f.gitIn(a.path(), "commit", "-qm", "work");
        String head = f.gitIn(a.path(), "rev-parse", "HEAD");
        WorkareaFixture.write(a.path().resolve("uncommitted.txt"), "kept as is\n");
        Path dir = f.stateHome.resolve("workareas").resolve(sessionId + "-2");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"outcome\": \"failed\", \"failureMode\": \"FailureHarness\"}");

        ReleaseOutcome outcome = f.release(a, new ReleaseMode.Archive("2"));
        assertThat(outcome.appliedAsRequested()).isTrue();
        Path tree = dir.resolve("tree");
        assertThat(a.path()).doesNotExist();
        assertThat(tree.resolve("uncommitted.txt")).hasContent("kept as is");
        assertThat(f.gitIn(tree, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(f.git.exec(tree, "symbolic-ref", "-q", "HEAD").exitCode()).as("detached").isNotZero();
        assertThat(f.gitIn(f.mirror(), "rev-parse", "refs/heads/agent/" + sessionId)).isEqualTo(head);
        assertThat(f.gitIn(f.mirror(), "rev-parse", "refs/archive/" + sessionId + "/2")).isEqualTo(head);
        assertThat(f.gitIn(f.mirror(), "worktree", "list", "--porcelain")).contains("locked archived");

        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(manifest.get("sessionId").asText()).isEqualTo(sessionId);
        assertThat(manifest.get("attempt").asInt()).isEqualTo(2);
        assertThat(manifest.get("repository").asText()).isEqualTo(f.mainKey().repository());
        assertThat(manifest.get("ref").asText()).isEqualTo("main");
        assertThat(manifest.get("baseCommit").asText()).isEqualTo(a.commit());
        assertThat(manifest.get("headCommit").asText()).isEqualTo(head);
        assertThat(manifest.get("branch").asText()).isEqualTo("agent/" + sessionId);
        assertThat(manifest.get("outcome").asText()).as("the engine's value is kept").isEqualTo("failed");
        assertThat(manifest.get("failureMode").asText()).isEqualTo("FailureHarness");
        assertThat(manifest.get("archivedAt").asText()).isNotBlank();

        // A later attempt of the same session moves agent/<id>, never the archived tree's HEAD.
        Workarea again = f.provider.acquire(f.spec(sessionId, f.main()), WorkareaFixture.T);
        assertThat(f.gitIn(again.path(), "symbolic-ref", "--short", "HEAD")).isEqualTo("agent/" + sessionId);
        assertThat(f.gitIn(f.mirror(), "rev-parse", "refs/heads/agent/" + sessionId)).isEqualTo(a.commit());
        assertThat(f.gitIn(tree, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(f.gitIn(f.mirror(), "rev-parse", "refs/archive/" + sessionId + "/2")).isEqualTo(head);
    }

    @Test
    void destroyRemovesTheWorktreeAndKeepsTheBranch() {
        Workarea a = f.acquire();
        String branch = f.gitIn(a.path(), "symbolic-ref", "HEAD");
        WorkareaFixture.write(a.path().resolve("x.txt"), "x\n");
        f.gitIn(a.path(), "add", "x.txt");
        f.gitIn(a.path(), "commit", "-qm", "x");
        String head = f.gitIn(a.path(), "rev-parse", "HEAD");
        assertThat(f.release(a, ReleaseMode.DESTROY).appliedAsRequested()).isTrue();
        assertThat(a.path()).doesNotExist();
        assertThat(f.gitIn(f.mirror(), "rev-parse", branch)).isEqualTo(head);
        assertThat(f.gitIn(f.mirror(), "worktree", "list", "--porcelain").lines()
                .filter(l -> l.startsWith("worktree ")).count()).isEqualTo(1);
    }

    @Test
    void anotherInstanceReleasesAWorkareaFromItsRecordButNothingOutsideWorktrees() {
        Workarea a = f.acquire();
        WorkareaFixture other = new WorkareaFixture(WorkareaFixture.defaultFiles());
        try {
            // The same state home, as after a daemon restart: only the record is known.
            GitWorkareaProvider restarted = new GitWorkareaProviderFactory().create(
                    dev.donmai.contracts.provider.ProviderConfig.of(Map.of("stateHome", f.stateHome.toString(),
                            "pool.minReadyPerKey", 0)));
            restarted.activate(other.host, WorkareaFixture.T);
            ReleaseOutcome outcome = restarted.release(a, ReleaseMode.RETURN_TO_POOL, WorkareaFixture.T);
            assertThat(outcome.appliedAsRequested()).isTrue();
            assertThat(restarted.pool().orElseThrow().ready(f.mainKey())).hasSize(1);

            Workarea foreign = new Workarea("wa-foreign", other.source.path().toAbsolutePath(), null, "git", "main",
                    a.commit(), a.cleanStateChecksum(), Map.of(), a.acquiredAt(), a.mode(), null, a.cursor(),
                    a.acquirePath());
            assertThatThrownBy(() -> restarted.release(foreign, ReleaseMode.DESTROY, WorkareaFixture.T))
                    .isInstanceOf(ProviderException.ContractViolation.class);
            assertThat(other.source.path()).isDirectory();
            restarted.deactivate(WorkareaFixture.T);
        } finally {
            other.close();
        }
    }
}
