package dev.donmai.runtime.internal.daemon.state;

import static dev.donmai.runtime.internal.daemon.state.Rows.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.providers.tck.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** sessions.md §15 steps 1–6 against real processes, real git repositories and a real state.db. */
@EnabledOnOs(OS.LINUX)
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GRACE = Duration.ofMillis(300);

    @TempDir
    Path home;
    @TempDir
    Path scratch;

    private final MutableClock clock = new MutableClock(T0.plusSeconds(60));
    private final List<HarnessGroup> harnesses = new ArrayList<>();
    private RecoveryLayout layout;
    private StateStore store;

    @BeforeEach
    void open() {
        layout = RecoveryLayout.of(home, home.resolve("worktrees"));
        store = StateStore.open(home.resolve("state.db"), clock);
    }

    @AfterEach
    void close() {
        harnesses.forEach(HarnessGroup::close);
        store.close();
    }

    // ------------------------------------------------------------------ steps 1 and 3

    @Test
    void aLiveHarnessIsStoppedAndItsSessionInterruptedWithItsWorkareaArchived() throws Exception {
        GitFixture git = GitFixture.mirrorIn(home, scratch);
        Path worktree = git.worktree(layout.worktreesDir().resolve("s1"), "agent/s1");
        Files.writeString(worktree.resolve("work.txt"), "uncommitted work\n");
        HarnessGroup harness = harness("h1");
        StoredSession row = running("s1", SessionSource.ORCHESTRATOR, "claim-1", harness);

        RecoveryReport report = recovery().run();

        assertThat(report.harnessesStopped()).containsExactly(harness.pid());
        assertThat(harness.anyRunning()).isFalse();
        assertThat(report.interrupted()).containsExactly("s1");
        assertThat(report.problems()).isEmpty();
        StoredSession after = store.session("s1").orElseThrow();
        assertThat(after.handle().state()).isEqualTo(SessionState.INTERRUPTED);
        assertThat(after.handle().failureMode()).isEqualTo(FailureMode.CRASH);
        assertThat(after.handle().endedAt()).isEqualTo(clock.instant());
        assertThat(store.transitions("s1")).extracting(Transition::to).containsExactly(SessionState.ACCEPTED,
                SessionState.RUNNING, SessionState.INTERRUPTED);

        Path archive = home.resolve("workareas").resolve("s1-1");
        assertThat(report.archived()).containsExactly(archive);
        assertThat(worktree).doesNotExist();
        assertThat(archive.resolve("tree").resolve("work.txt")).hasContent("uncommitted work");
        JsonNode manifest = JSON.readTree(archive.resolve("manifest.json").toFile());
        assertThat(manifest.path("sessionId").asText()).isEqualTo("s1");
        assertThat(manifest.path("attempt").asInt()).isEqualTo(1);
        assertThat(manifest.path("reason").asText()).isEqualTo("daemon-restart");
        assertThat(manifest.path("outcome").asText()).isEqualTo("interrupted");
        assertThat(manifest.path("failureMode").asText()).isEqualTo("FailureCrash");
        assertThat(manifest.path("branch").asText()).isEqualTo("agent/s1");
        assertThat(manifest.path("headCommit").asText()).isEqualTo(git.head);
        assertThat(manifest.path("archivedAt").asText()).isEqualTo(clock.instant().toString());
        assertThat(git.worktrees()).containsExactly(archive.resolve("tree"));
        assertThat(git.porcelain()).contains("locked archived");
        assertThat(GitFixture.git(git.mirror, "rev-parse", "refs/archive/s1/1")).isEqualTo(git.head);

        JsonNode result = JSON.readTree(after.resultJson().orElseThrow());
        assertThat(result.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(result.path("state").asText()).isEqualTo("interrupted");
        assertThat(result.path("failureMode").asText()).isEqualTo("FailureCrash");
        assertThat(result.path("reason").asText()).isEqualTo("daemon-restart");
        assertThat(result.path("claimId").asText()).isEqualTo("claim-1");
        assertThat(result.path("releaseMode").asText()).isEqualTo("archive");
        assertThat(result.path("archivePath").asText()).isEqualTo(archive.toString());
        assertThat(result.path("workareaPath").asText()).isEqualTo(worktree.toString());

        List<OutboxEntry> outbox = store.outboxOf("s1");
        assertThat(outbox).extracting(OutboxEntry::kind, OutboxEntry::idempotencyKey).containsExactly(
                tuple(OutboxKind.COMPLETION, "s1:1:completion"),
                tuple(OutboxKind.STATUS, "s1:1:status:interrupted"));
        JsonNode completion = JSON.readTree(outbox.get(0).bodyJson());
        assertThat(completion.path("claimId").asText()).isEqualTo("claim-1");
        assertThat(completion.path("attempt").asInt()).isEqualTo(1);
        assertThat(completion.path("result")).isEqualTo(result);
        JsonNode status = JSON.readTree(outbox.get(1).bodyJson());
        assertThat(status.path("status").asText()).isEqualTo("interrupted");
        assertThat(status.path("failureMode").asText()).isEqualTo("FailureCrash");
        assertThat(status.path("reason").asText()).isEqualTo("daemon-restart");
        assertThat(status.has("workerId")).as("injected at send").isFalse();
        assertThat(row.handle().state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void aRecordedPidNowHeldByAnotherProcessIsLeftRunningWhileTheRowStillEnds() {
        HarnessGroup stranger = harness("stranger");
        StoredSession row = Rows.accepted("s1", T0);
        store.insertAccepted(row);
        store.recordRunning(Rows.handle(row, SessionState.RUNNING).pid(stranger.pid()).startedAt(T0).build(),
                stranger.pid(), stranger.start().minusSeconds(3600));

        RecoveryReport report = recovery().run();

        assertThat(report.pidsLeftAlone()).containsExactly(stranger.pid());
        assertThat(report.harnessesStopped()).isEmpty();
        assertThat(stranger.allRunning()).isTrue();
        assertThat(store.session("s1").orElseThrow().handle().state()).isEqualTo(SessionState.INTERRUPTED);
        assertThat(store.outboxOf("s1")).as("control-API sessions report to nobody").isEmpty();
    }

    // ------------------------------------------------------------------ step 2

    @Test
    void aRecordedStopModeEndsTerminatedWithThatModeNeverAsACrash() throws Exception {
        StoredSession row = Rows.accepted("s1", 1, SessionSource.ORCHESTRATOR, "c1", T0);
        store.insertAccepted(row);
        store.recordHandle(Rows.handle(row, SessionState.PROVISIONING).build());
        store.recordStopMode("s1", FailureMode.OPERATOR_CANCELLED);
        Files.createDirectories(layout.worktreesDir().resolve("s1"));

        RecoveryReport report = recovery().run();

        assertThat(report.terminated()).containsExactly("s1");
        assertThat(report.interrupted()).isEmpty();
        StoredSession after = store.session("s1").orElseThrow();
        assertThat(after.handle().state()).isEqualTo(SessionState.TERMINATED);
        assertThat(after.handle().failureMode()).isEqualTo(FailureMode.OPERATOR_CANCELLED);
        JsonNode result = JSON.readTree(after.resultJson().orElseThrow());
        assertThat(result.path("failureMode").asText()).isEqualTo("FailureOperatorCancelled");
        assertThat(result.path("reason").asText()).isEqualTo("operator-cancelled");
        JsonNode manifest = JSON.readTree(home.resolve("workareas/s1-1/manifest.json").toFile());
        assertThat(manifest.path("outcome").asText()).isEqualTo("cancelled");
        assertThat(manifest.path("reason").asText()).isEqualTo("operator-cancelled");
        assertThat(store.outboxOf("s1")).extracting(OutboxEntry::idempotencyKey)
                .containsExactly("s1:1:completion", "s1:1:status:terminated");
    }

    @Test
    void aFinishingRowWithAStoredResultEndsWithThatResultAndAnArchiveForItsRelease() throws Exception {
        StoredSession row = Rows.accepted("s1", T0);
        store.insertAccepted(row);
        store.recordHandle(Rows.handle(row, SessionState.FINISHING).build());
        store.recordResult("s1", "{\"schemaVersion\":1,\"sessionId\":\"s1\",\"state\":\"completed\",\"verdict\":"
                + "\"passed\",\"summary\":\"done\",\"exitCode\":0,\"endedAt\":\"2026-11-20T10:00:30Z\","
                + "\"releaseMode\":\"return-to-pool\",\"warnings\":[]}");
        Path plain = Files.createDirectories(layout.worktreesDir().resolve("s1"));
        Files.writeString(plain.resolve("out.txt"), "result\n");
        StoredSession bare = Rows.accepted("s2", T0);
        store.insertAccepted(bare);
        store.recordHandle(Rows.handle(bare, SessionState.FINISHING).build());

        RecoveryReport report = recovery().run();

        assertThat(report.finished()).containsExactly("s1");
        assertThat(report.interrupted()).as("finishing without a stored result").containsExactly("s2");
        StoredSession after = store.session("s1").orElseThrow();
        assertThat(after.handle().state()).isEqualTo(SessionState.COMPLETED);
        assertThat(after.handle().verdict()).isEqualTo(Verdict.PASSED);
        assertThat(after.handle().exitCode()).isZero();
        assertThat(after.handle().endedAt()).isEqualTo(T0.plusSeconds(30));
        JsonNode result = JSON.readTree(after.resultJson().orElseThrow());
        assertThat(result.path("summary").asText()).isEqualTo("done");
        assertThat(result.path("releaseMode").asText()).isEqualTo("archive");
        assertThat(result.path("warnings").toString()).contains("release-interrupted");
        assertThat(home.resolve("workareas/s1-1/tree/out.txt")).hasContent("result");
    }

    @Test
    void aWorkareaThatCannotBeArchivedStaysWhereItIsAndTheSessionStillEnds() throws Exception {
        store.insertAccepted(Rows.accepted("s1", T0));
        Path worktree = Files.createDirectories(layout.worktreesDir().resolve("s1"));
        Files.writeString(worktree.resolve("work.txt"), "keep me\n");
        Files.writeString(home.resolve("workareas"), "a file where the archive directory should be\n");

        RecoveryReport report = recovery().run();

        assertThat(report.interrupted()).containsExactly("s1");
        assertThat(report.archived()).isEmpty();
        assertThat(report.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).contains("stays where it is"));
        assertThat(worktree.resolve("work.txt")).hasContent("keep me");
        JsonNode result = JSON.readTree(store.session("s1").orElseThrow().resultJson().orElseThrow());
        assertThat(result.path("warnings").toString()).contains("archive-failed");
        assertThat(result.has("archivePath")).isFalse();
    }

    // ------------------------------------------------------------------ step 4

    @Test
    void worktreesWithoutALiveSessionAreArchivedAsOrphansAndNeverDeleted() throws Exception {
        GitFixture git = GitFixture.mirrorIn(home, scratch);
        Path linked = git.worktree(layout.worktreesDir().resolve("lost-1"), "agent/lost-1");
        Files.writeString(linked.resolve("draft.md"), "draft\n");
        Path plain = Files.createDirectories(layout.worktreesDir().resolve("plain"));
        Files.writeString(plain.resolve("notes.txt"), "notes\n");
        Path standalone = Files.createDirectories(layout.worktreesDir().resolve("own-repo"));
        GitFixture.git(standalone, "init", "--quiet", "--initial-branch=agent/own-repo");
        GitFixture.git(standalone, "-c", "user.name=T", "-c", "user.email=t@example.invalid", "commit", "--quiet",
                "--allow-empty", "-m", "empty");
        Files.createDirectories(home.resolve("workareas/plain-1/tree"));
        Path done = Files.createDirectories(layout.worktreesDir().resolve("done"));
        StoredSession doneRow = Rows.accepted("done", 3, SessionSource.API, null, T0);
        store.insertAccepted(doneRow);
        store.recordTerminal("done", SessionState.FAILED, FailureMode.HARNESS, null, 1, T0.plusSeconds(1), "{}");
        Path stray = Files.writeString(layout.worktreesDir().resolve("stray.txt"), "not a workarea\n");

        RecoveryReport report = recovery().run();

        assertThat(report.orphans()).containsExactlyInAnyOrder("lost-1", "plain", "done", "own-repo");
        assertThat(report.problems()).isEmpty();
        assertThat(home.resolve("workareas/lost-1-1/tree/draft.md")).hasContent("draft");
        assertThat(home.resolve("workareas/plain-1~2/tree/notes.txt")).as("an existing archive is never reused")
                .hasContent("notes");
        assertThat(home.resolve("workareas/done-3/tree")).isDirectory();
        JsonNode ownRepo = JSON.readTree(home.resolve("workareas/own-repo-1/manifest.json").toFile());
        assertThat(ownRepo.path("branch").asText()).isEqualTo("agent/own-repo");
        assertThat(ownRepo.path("headCommit").asText()).hasSize(40);
        assertThat(GitFixture.git(home.resolve("workareas/own-repo-1/tree"), "log", "--format=%s")).isEqualTo("empty");
        assertThat(linked).doesNotExist();
        assertThat(plain).doesNotExist();
        assertThat(done).doesNotExist();
        assertThat(stray).hasContent("not a workarea");
        for (String dir : List.of("lost-1-1", "plain-1~2", "done-3")) {
            assertThat(JSON.readTree(home.resolve("workareas").resolve(dir).resolve("manifest.json").toFile())
                    .path("reason").asText()).as(dir).isEqualTo("orphan");
        }
        JsonNode doneManifest = JSON.readTree(home.resolve("workareas/done-3/manifest.json").toFile());
        assertThat(doneManifest.path("outcome").asText()).isEqualTo("failed");
        assertThat(doneManifest.path("failureMode").asText()).isEqualTo("FailureHarness");
        assertThat(git.worktrees()).containsExactly(home.resolve("workareas/lost-1-1/tree"));
        assertThat(GitFixture.git(home.resolve("workareas/lost-1-1/tree"), "status", "--porcelain"))
                .as("still a working git worktree").contains("draft.md");
    }

    @Test
    void aManifestWrittenBeforeACrashCutTheMoveShortIsCompletedInPlace() throws Exception {
        Path plain = Files.createDirectories(layout.worktreesDir().resolve("half"));
        Path archive = Files.createDirectories(home.resolve("workareas/half-1"));
        Files.writeString(archive.resolve("manifest.json"), "{\"sessionId\":\"half\",\"attempt\":1,"
                + "\"reason\":\"orphan\",\"archivedAt\":\"2026-11-20T09:00:00Z\"}");

        recovery().run();

        assertThat(plain).doesNotExist();
        assertThat(archive.resolve("tree")).isDirectory();
        assertThat(JSON.readTree(archive.resolve("manifest.json").toFile()).path("archivedAt").asText())
                .isEqualTo("2026-11-20T09:00:00Z");
    }

    // ------------------------------------------------------------------ step 5

    @Test
    void poolMembersAreDestroyedUnlessReadyAndMirrorsArePruned() throws Exception {
        GitFixture git = GitFixture.mirrorIn(home, scratch);
        Path pool = layout.poolDir();
        Path ready = git.worktree(pool.resolve("pm-ready"), null);
        Path warming = git.worktree(pool.resolve("pm-warming"), null);
        Path releasing = Files.createDirectories(pool.resolve("pm-releasing"));
        Path acquired = git.worktree(pool.resolve("pm-acquired"), null);
        Path outside = Files.createDirectories(scratch.resolve("elsewhere"));
        Path vanished = git.worktree(scratch.resolve("vanished"), null);
        deleteTree(vanished);
        member("pm-ready", ready, "ready", null);
        member("pm-warming", warming, "warming", null);
        member("pm-releasing", releasing, "releasing", null);
        member("pm-acquired", acquired, "acquired", "gone-session");
        member("pm-outside", outside, "retired", null);

        RecoveryReport report = recovery().run();

        assertThat(report.poolMembersDestroyed())
                .containsExactlyInAnyOrder("pm-warming", "pm-releasing", "pm-acquired", "pm-outside");
        assertThat(store.poolMembers().all()).extracting(PoolMemberTable.Row::id).containsExactly("pm-ready");
        assertThat(ready.resolve("README.md")).exists();
        assertThat(warming).doesNotExist();
        assertThat(releasing).doesNotExist();
        assertThat(acquired).doesNotExist();
        assertThat(outside).as("a path outside the pool is never deleted").isDirectory();
        assertThat(report.problems()).singleElement().asString().contains("pm-outside");
        assertThat(report.mirrorsPruned()).isEqualTo(1);
        assertThat(git.worktrees()).as("destroyed and vanished worktrees are gone from the mirror")
                .containsExactly(ready);
    }

    // ------------------------------------------------------------------ step 6 and idempotence

    @Test
    void credentialsAreClearedAndPendingOutboxRowsKept() throws Exception {
        Path cred = Files.createDirectories(layout.runCredDir());
        Files.writeString(cred.resolve("s1.sock"), "");
        Files.createDirectories(cred.resolve("s2")).resolve("snapshot");
        Files.writeString(cred.resolve("s2").resolve("snapshot"), "secret-ish");
        long pending = store.enqueueOutbox(OutboxEntry.pending(OutboxKind.COMPLETION, "old", 1, null,
                "old:1:completion", "{}", T0));

        RecoveryReport report = recovery().run();

        assertThat(report.credentialsRemoved()).isEqualTo(2);
        try (Stream<Path> left = Files.list(cred)) {
            assertThat(left).isEmpty();
        }
        assertThat(store.pendingOutbox(10)).extracting(OutboxEntry::id).containsExactly(pending);
    }

    @Test
    void aSecondRunFindsNothingToDoAndChangesNothing() throws Exception {
        GitFixture git = GitFixture.mirrorIn(home, scratch);
        git.worktree(layout.worktreesDir().resolve("s1"), "agent/s1");
        git.worktree(layout.worktreesDir().resolve("orphan"), "agent/orphan");
        HarnessGroup harness = harness("h1");
        running("s1", SessionSource.ORCHESTRATOR, "c1", harness);
        StoredSession stopped = Rows.accepted("s2", T0);
        store.insertAccepted(stopped);
        store.recordStopMode("s2", FailureMode.TIMEOUT);
        member("pm-warming", git.worktree(layout.poolDir().resolve("pm-warming"), null), "warming", null);
        Files.createDirectories(layout.runCredDir().resolve("s1"));

        RecoveryReport first = recovery().run();
        Map<String, String> afterFirst = snapshot();
        clock.advance(Duration.ofMinutes(5));
        RecoveryReport second = recovery().run();

        assertThat(first.nothingRecovered()).isFalse();
        assertThat(first.problems()).isEmpty();
        assertThat(second.nothingRecovered()).as("second run: %s", second).isTrue();
        assertThat(second.problems()).isEmpty();
        assertThat(snapshot()).isEqualTo(afterFirst);
    }

    // ------------------------------------------------------------------ helpers

    private CrashRecovery recovery() {
        return new CrashRecovery(store, layout, ProcessTerminator.processGroups(), GRACE, clock);
    }

    private HarnessGroup harness(String name) {
        HarnessGroup harness = HarnessGroup.start(scratch.resolve(name));
        harnesses.add(harness);
        return harness;
    }

    private StoredSession running(String sessionId, SessionSource source, String claim, HarnessGroup harness) {
        StoredSession row = Rows.accepted(sessionId, 1, source, claim, T0);
        store.insertAccepted(row);
        store.recordRunning(Rows.handle(row, SessionState.RUNNING).pid(harness.pid()).startedAt(T0.plusSeconds(1))
                .worktreePath(layout.worktreesDir().resolve(sessionId).toString()).build(), harness.pid(),
                harness.start());
        return store.session(sessionId).orElseThrow();
    }

    private void member(String id, Path path, String status, String acquiredBy) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("state.db"));
             PreparedStatement p = raw.prepareStatement("INSERT INTO pool_members (id, repository, ref, "
                     + "toolchain_key, commit_sha, path, status, clean_state_checksum, disk_usage_bytes, created_ms, "
                     + "acquired_by) VALUES (?, 'https://example.invalid/r.git', 'main', 'none', 'abc', ?, ?, 'sum', "
                     + "0, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, path.toString());
            p.setString(3, status);
            p.setLong(4, T0.toEpochMilli());
            p.setString(5, acquiredBy);
            p.executeUpdate();
        }
    }

    /** Every session row, transition and outbox row, and every path under the home with its size. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (StoredSession s : store.terminalSince(T0.minusSeconds(1), 100)) {
            out.put("session " + s.sessionId(), s.toString());
            out.put("transitions " + s.sessionId(), store.transitions(s.sessionId()).toString());
            out.put("outbox " + s.sessionId(), store.outboxOf(s.sessionId()).toString());
        }
        out.put("nonTerminal", store.nonTerminal().toString());
        out.put("pool", store.poolMembers().all().toString());
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path p : walk.filter(p -> !p.getFileName().toString().startsWith("state.db")).toList()) {
                out.put("file " + home.relativize(p), Files.isRegularFile(p) ? Long.toString(Files.size(p)) : "dir");
            }
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
