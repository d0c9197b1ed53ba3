package dev.donmai.runtime.internal.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.daemon.state.StoredSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crash recovery at start (sessions.md §15) over a real state.db, real processes and real directories. */
class StartupRecoveryTest {

    @TempDir
    Path home;

    private Process orphan;

    @AfterEach
    void cleanUp() {
        if (orphan != null) {
            orphan.destroyForcibly();
        }
    }

    @Test
    void aRunningRowBecomesInterruptedItsHarnessGroupIsKilledAndItsWorktreeArchived() throws Exception {
        orphan = new ProcessBuilder("setsid", "sleep", "300").start();
        Instant started = orphan.toHandle().info().startInstant().orElseThrow();
        Path worktree = Files.createDirectories(home.resolve("worktrees/s1"));
        Files.writeString(worktree.resolve("work.txt"), "unsaved work");
        try (StateStore store = StateStore.open(home.resolve("state.db"))) {
            store.insertAccepted(row("s1", SessionSource.API));
            store.recordHandle(handle("s1").toBuilder().state(SessionState.RUNNING).pid(orphan.pid()).build());
            store.recordProcess("s1", orphan.pid(), started);

            StartupRecovery.Report report = recovery(store).run();

            assertThat(report.interrupted()).isEqualTo(1);
            assertThat(report.harnessesKilled()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> !orphan.isAlive());
            StoredSession after = store.session("s1").orElseThrow();
            assertThat(after.handle().state()).isEqualTo(SessionState.INTERRUPTED);
            assertThat(after.handle().failureMode()).isEqualTo(FailureMode.CRASH);
            assertThat(after.resultJson().orElseThrow()).contains("\"reason\":\"daemon-restart\"");
            assertThat(worktree).doesNotExist();
            Path archive = home.resolve("workareas/s1-1");
            assertThat(Files.readString(archive.resolve("tree/work.txt"))).isEqualTo("unsaved work");
            assertThat(Files.readString(archive.resolve("manifest.json"))).contains("\"reason\" : \"daemon-restart\"");
            assertThat(store.outboxSummary().pending()).as("api sessions have nobody to report to").isZero();
        }
    }

    @Test
    void aReusedPidIsLeftAloneAndAStoppedRowEndsTerminatedWithItsMode() throws Exception {
        orphan = new ProcessBuilder("setsid", "sleep", "300").start();
        try (StateStore store = StateStore.open(home.resolve("state.db"))) {
            store.insertAccepted(row("s2", SessionSource.ORCHESTRATOR));
            store.recordProcess("s2", orphan.pid(), Instant.parse("2020-01-01T00:00:00Z"));
            store.recordStopMode("s2", FailureMode.OPERATOR_CANCELLED);

            StartupRecovery.Report report = recovery(store).run();

            assertThat(report.harnessesKilled()).isZero();
            assertThat(orphan.isAlive()).as("another process now owns the pid").isTrue();
            StoredSession after = store.session("s2").orElseThrow();
            assertThat(after.handle().state()).isEqualTo(SessionState.TERMINATED);
            assertThat(after.handle().failureMode()).isEqualTo(FailureMode.OPERATOR_CANCELLED);
            assertThat(store.pendingOutbox(10)).extracting(e -> e.idempotencyKey())
                    .containsExactly("s2:1:completion", "s2:1:status");
        }
    }

    @Test
    void orphanWorktreesAreArchivedNotDeletedAndRecoveryIsIdempotent() throws Exception {
        Files.createDirectories(home.resolve("worktrees/stray"));
        Files.writeString(home.resolve("worktrees/stray/f"), "x");
        Files.createDirectories(home.resolve("run/cred/s9"));
        try (StateStore store = StateStore.open(home.resolve("state.db"))) {
            StartupRecovery.Report first = recovery(store).run();
            assertThat(first.workareasArchived()).isEqualTo(1);
            assertThat(Files.readString(home.resolve("workareas/stray-1/manifest.json")))
                    .contains("\"reason\" : \"orphan\"");
            assertThat(home.resolve("workareas/stray-1/tree/f")).hasContent("x");
            assertThat(home.resolve("run/cred/s9")).doesNotExist();
            StartupRecovery.Report second = recovery(store).run();
            assertThat(second).isEqualTo(new StartupRecovery.Report(0, 0, 0, 0, 0));
        }
    }

    private StartupRecovery recovery(StateStore store) {
        return new StartupRecovery(store, home, home.resolve("worktrees"), Duration.ofSeconds(1), Clock.systemUTC());
    }

    private static StoredSession row(String id, SessionSource source) {
        return new StoredSession(id, 1, source, null, "{}", handle(id), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static SessionHandle handle(String id) {
        return SessionHandle.builder(id, SessionState.ACCEPTED, Instant.parse("2026-11-23T10:00:00Z"))
                .source(SessionSource.API).build();
    }
}
