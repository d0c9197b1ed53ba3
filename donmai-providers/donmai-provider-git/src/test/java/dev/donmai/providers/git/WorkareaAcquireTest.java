package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaMode;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Acquire paths, the clean-state checksum, the branch, and the failures that must leave nothing behind. */
class WorkareaAcquireTest {

    private final WorkareaFixture f = new WorkareaFixture(WorkareaFixture.defaultFiles());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void sameRefGivesTheSameChecksumComputedFromTheTreeAndToolchainKey() throws Exception {
        Workarea a = f.acquire();
        Workarea b = f.acquire();
        assertThat(a.cleanStateChecksum()).isEqualTo(b.cleanStateChecksum());
        String tree = f.source.git("rev-parse", "main^{tree}");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("donmai-clean-v1\n" + tree + "\nnone\n").getBytes(StandardCharsets.UTF_8));
        assertThat(a.cleanStateChecksum()).isEqualTo(HexFormat.of().formatHex(digest));

        WorkareaSpec withJava = new WorkareaSpec(SessionKey.local(WorkareaFixture.newSessionId()),
                ScopeTarget.global(), f.main(), null, null, Map.of("java", "17.0.9"), null, WorkareaMode.EXCLUSIVE,
                null);
        Workarea c = f.provider.acquire(withJava, WorkareaFixture.T);
        assertThat(c.cleanStateChecksum()).as("another toolchain key").isNotEqualTo(a.cleanStateChecksum());
        assertThat(c.toolchain()).containsEntry("java", "17.0.9");
    }

    @Test
    void workareaIsALinkedWorktreeOnTheAgentBranchUnderWorktrees() {
        String sessionId = WorkareaFixture.newSessionId();
        Workarea w = f.provider.acquire(f.spec(sessionId, f.main()), WorkareaFixture.T);
        assertThat(w.path()).isEqualTo(f.stateHome.resolve("worktrees").resolve(sessionId));
        assertThat(f.gitIn(w.path(), "symbolic-ref", "--short", "HEAD")).isEqualTo("agent/" + sessionId);
        assertThat(w.commit()).isEqualTo(f.source.head());
        assertThat(w.ref()).isEqualTo("main");
        assertThat(w.acquirePath()).isEqualTo(AcquirePath.COLD);
        assertThat(Path.of(f.gitIn(w.path(), "rev-parse", "--path-format=absolute", "--git-common-dir")))
                .isEqualTo(f.mirror());
        assertThat(f.gitIn(f.mirror(), "config", "--get-all", "remote.origin.fetch"))
                .isEqualTo("+refs/heads/*:refs/remotes/origin/*\n+refs/tags/*:refs/tags/*");
        assertThat(f.gitIn(f.mirror(), "config", "gc.auto")).isEqualTo("0");
        assertThat(f.mirror().resolve("info/exclude")).content().contains("/.agent/");
        WorkareaFixture.write(w.path().resolve(".agent/events.jsonl"), "{}\n");
        assertThat(f.gitIn(w.path(), "status", "--porcelain", "-uall")).as(".agent/ is excluded").isEmpty();
        assertThat(f.host.familyEvents()).extracting(ProviderHookEvent.FamilyEvent::familyKind)
                .contains(FamilyEventKind.WORKAREA_ACQUIRED);
    }

    @Test
    void coldThenWarmThenFreshThenWarmAfterWarming() {
        Workarea cold = f.acquire();
        assertThat(cold.acquirePath()).isEqualTo(AcquirePath.COLD);
        assertThat(f.release(cold, ReleaseMode.RETURN_TO_POOL).applied()).isEqualTo(ReleaseMode.RETURN_TO_POOL);

        Workarea warm = f.acquire();
        assertThat(warm.acquirePath()).isEqualTo(AcquirePath.POOL_WARM);
        assertThat(warm.cleanStateChecksum()).isEqualTo(cold.cleanStateChecksum());
        f.release(warm, ReleaseMode.RETURN_TO_POOL);

        String next = f.source.commit("second", Map.of("README.md", "# changed\n"));
        Workarea fresh = f.acquire();
        assertThat(fresh.acquirePath()).isEqualTo(AcquirePath.POOL_FRESH);
        assertThat(fresh.commit()).isEqualTo(next);
        assertThat(fresh.path().resolve("README.md")).hasContent("# changed");
        assertThat(fresh.cleanStateChecksum()).isNotEqualTo(cold.cleanStateChecksum());
        assertThat(f.pool().members()).isEmpty();

        assertThat(f.pool().warm(f.mainKey(), 1, WorkareaFixture.T)).isEqualTo(1);
        assertThat(f.pool().ready(f.mainKey())).singleElement()
                .satisfies(m -> assertThat(m.path().getParent()).isEqualTo(f.stateHome.resolve("cache/pool")))
                .satisfies(m -> assertThat(m.commit()).isEqualTo(next))
                .satisfies(m -> assertThat(f.gitIn(m.path(), "status", "--porcelain")).isEmpty());
        Workarea warmed = f.acquire();
        assertThat(warmed.acquirePath()).isEqualTo(AcquirePath.POOL_WARM);
        assertThat(warmed.cleanStateChecksum()).isEqualTo(fresh.cleanStateChecksum());
    }

    @Test
    void anAcquireQueuesABackgroundRefillOfItsKey() {
        try (WorkareaFixture refilling = new WorkareaFixture(WorkareaFixture.defaultFiles(),
                Map.of("pool.minReadyPerKey", 1), java.util.function.UnaryOperator.identity())) {
            Workarea first = refilling.acquire();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> refilling.pool().ready(refilling.mainKey()).size() == 1);
            assertThat(refilling.pool().ready(refilling.mainKey()).get(0).commit()).isEqualTo(first.commit());
            assertThat(refilling.acquire().acquirePath()).isEqualTo(AcquirePath.POOL_WARM);
        }
    }

    @Test
    void tagsAndCommitIdsResolveAndHeadIsTheDefaultBranch() {
        String first = f.source.head();
        f.source.git("tag", "v1");
        f.source.commit("second", Map.of("README.md", "# two\n"));
        assertThat(f.acquire(WorkareaSource.of(f.source.uri(), "v1")).commit()).isEqualTo(first);
        assertThat(f.acquire(WorkareaSource.of(f.source.uri(), first.substring(0, 12))).commit()).isEqualTo(first);
        assertThat(f.acquire(WorkareaSource.of(f.source.uri(), "HEAD")).commit()).isEqualTo(f.source.head());
    }

    @Test
    void localSourceThatMovedIsFetchedEvenWithinTheInterval() {
        Workarea a = f.acquire();
        String next = f.source.commit("moved", Map.of("new.txt", "x\n"));
        Workarea b = f.acquire();
        assertThat(a.commit()).isNotEqualTo(next);
        assertThat(b.commit()).isEqualTo(next);
    }

    @Test
    void aDueFetchThatFailsFallsBackToTheCachedRefButAnUnknownRefStillFails() {
        java.util.concurrent.atomic.AtomicBoolean remoteDown = new java.util.concurrent.atomic.AtomicBoolean();
        try (WorkareaFixture down = new WorkareaFixture(WorkareaFixture.defaultFiles(),
                Map.of("fetchIntervalSeconds", 0), exec -> (cwd, args, env, timeout) ->
                        remoteDown.get() && args.contains("fetch")
                                ? new dev.donmai.runtime.spi.git.GitResult(128, "", "fatal: unable to access remote\n")
                                : exec.run(cwd, args, env, timeout))) {
            Workarea first = down.acquire();
            remoteDown.set(true);
            Workarea second = down.acquire();
            assertThat(second.commit()).isEqualTo(first.commit());
            assertThat(down.host.logger().lines()).anyMatch(l -> l.message().contains("using the cached ref"));
            assertThatThrownBy(() -> down.acquire(WorkareaSource.of(down.source.uri(), "missing")))
                    .isInstanceOfSatisfying(ProviderException.OperationFailed.class,
                            e -> assertThat(e.code()).isEqualTo("fetch-failed"));
        }
    }

    @Test
    void unknownRefIsAClearFailureWithNoLeftoverWorktree() {
        assertThatThrownBy(() -> f.acquire(WorkareaSource.of(f.source.uri(), "no-such-branch")))
                .isInstanceOfSatisfying(ProviderException.OperationFailed.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-ref");
                    assertThat(e.verb()).isEqualTo("acquire");
                });
        assertThat(f.list(f.stateHome.resolve("worktrees"))).isEmpty();
        assertThat(f.gitIn(f.mirror(), "worktree", "list", "--porcelain").lines()
                .filter(l -> l.startsWith("worktree ")).count()).isEqualTo(1);
    }

    @Test
    void nonexistentRepositoryIsAClearFailureWithNothingLeft() {
        Path missing = f.git.root().resolve("does-not-exist");
        assertThatThrownBy(() -> f.acquire(WorkareaSource.of(missing.toString(), "main")))
                .isInstanceOfSatisfying(ProviderException.OperationFailed.class, e -> {
                    assertThat(e.code()).isEqualTo("repository-unavailable");
                    assertThat(e.retryable()).as("a missing local path does not come back").isFalse();
                    assertThat(e.getCause()).hasMessageStartingWith("git clone exited");
                });
        assertThat(f.list(f.stateHome.resolve("worktrees"))).isEmpty();
        assertThat(f.list(f.stateHome.resolve("cache"))).extracting(p -> p.getFileName().toString())
                .containsExactly("pool");
    }

    @Test
    void aSecondLiveAcquireForTheSameSessionIsRefused() {
        String sessionId = WorkareaFixture.newSessionId();
        f.provider.acquire(f.spec(sessionId, f.main()), WorkareaFixture.T);
        assertThatThrownBy(() -> f.provider.acquire(f.spec(sessionId, f.main()), WorkareaFixture.T))
                .isInstanceOfSatisfying(ProviderException.OperationFailed.class,
                        e -> assertThat(e.code()).isEqualTo("workarea-exists"));
    }

    @Test
    void unsupportedSpecsAreUnsupported() {
        WorkareaSpec shared = new WorkareaSpec(SessionKey.local(WorkareaFixture.newSessionId()), ScopeTarget.global(),
                f.main(), null, null, Map.of(), null, WorkareaMode.SHARED, null);
        assertThatThrownBy(() -> f.provider.acquire(shared, WorkareaFixture.T))
                .isInstanceOf(ProviderException.Unsupported.class);
        WorkareaSource sparse = new WorkareaSource(f.source.uri(), "main", List.of("src"));
        assertThatThrownBy(() -> f.acquire(sparse)).isInstanceOf(ProviderException.Unsupported.class);
        assertThatThrownBy(() -> f.acquire(WorkareaSource.of(f.source.uri(), "--upload-pack=x")))
                .isInstanceOf(ProviderException.ContractViolation.class);
    }

    @Test
    void withoutASourceAnEmptyRepositoryOnTheAgentBranchIsArchivedOnReturn() {
        String sessionId = WorkareaFixture.newSessionId();
        Workarea w = f.provider.acquire(f.spec(sessionId, null), WorkareaFixture.T);
        assertThat(w.acquirePath()).isEqualTo(AcquirePath.COLD);
        assertThat(f.gitIn(w.path(), "symbolic-ref", "--short", "HEAD")).isEqualTo("agent/" + sessionId);
        assertThat(f.gitIn(w.path(), "status", "--porcelain", "-uall")).isEmpty();
        var outcome = f.release(w, ReleaseMode.RETURN_TO_POOL);
        assertThat(outcome.applied().wire()).isEqualTo("archive");
        assertThat(outcome.warning()).isEqualTo("no-repository");
        assertThat(Files.isDirectory(f.stateHome.resolve("workareas").resolve(sessionId + "-1").resolve("tree")))
                .isTrue();
    }

    @Test
    void canonicalSpellingsShareOneMirror() {
        f.acquire();
        f.acquire(WorkareaSource.of("file://" + f.source.path().toAbsolutePath(), "main"));
        f.acquire(WorkareaSource.of(f.source.path().toAbsolutePath() + "/", "main"));
        assertThat(f.list(f.stateHome.resolve("cache"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("pool", f.mirror().getFileName().toString());
    }
}
