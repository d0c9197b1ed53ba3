package dev.donmai.runtime.internal.daemon.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** state.db on a real SQLite file: what is written survives a reopen, in WAL mode, with its transitions. */
class StateStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00.123Z");

    @TempDir
    Path dir;

    @Test
    void theDatabaseIsAPrivateWalFileThatSurvivesAReopen() throws Exception {
        Path file = dir.resolve("home/state.db");
        try (StateStore store = StateStore.open(file)) {
            assertThat(store.journalMode()).isEqualTo("wal");
            store.insertAccepted(accepted("s1"));
        }
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (StateStore store = StateStore.open(file)) {
            StoredSession row = store.session("s1").orElseThrow();
            assertThat(row.handle().state()).isEqualTo(SessionState.ACCEPTED);
            assertThat(row.handle().acceptedAt()).isEqualTo(T0);
            assertThat(row.specJson()).isEqualTo("{\"sessionId\":\"s1\"}");
            assertThat(store.nonTerminal()).extracting(StoredSession::sessionId).containsExactly("s1");
        }
    }

    @Test
    void everyStateChangeIsATransitionAndTheTerminalOneKeepsTheResult() {
        try (StateStore store = StateStore.open(dir.resolve("state.db"))) {
            store.insertAccepted(accepted("s1"));
            SessionHandle base = accepted("s1").handle();
            store.recordHandle(base.toBuilder().state(SessionState.PROVISIONING).build());
            store.recordHandle(base.toBuilder().state(SessionState.PROVISIONING).worktreePath("/w").build());
            store.recordHandle(base.toBuilder().state(SessionState.RUNNING).pid(42L).startedAt(T0).build());
            store.recordProcess("s1", 42, T0);
            store.recordTerminal("s1", SessionState.COMPLETED, null, Verdict.PASSED, 0, T0.plusSeconds(5),
                    "{\"state\":\"completed\"}");
            store.recordHandle(base.toBuilder().state(SessionState.RUNNING).build());

            assertThat(store.transitions("s1")).extracting(Transition::to).containsExactly(SessionState.ACCEPTED,
                    SessionState.PROVISIONING, SessionState.RUNNING, SessionState.COMPLETED);
            StoredSession row = store.session("s1").orElseThrow();
            assertThat(row.handle().state()).as("a terminal row never goes back").isEqualTo(SessionState.COMPLETED);
            assertThat(row.handle().verdict()).isEqualTo(Verdict.PASSED);
            assertThat(row.pid()).contains(42L);
            assertThat(row.processStart()).contains(T0);
            assertThat(row.resultJson()).contains("{\"state\":\"completed\"}");
            assertThat(store.nonTerminal()).isEmpty();
            assertThat(store.terminalSince(T0, 10)).extracting(StoredSession::sessionId).containsExactly("s1");
        }
    }

    @Test
    void theFirstStopModeWins() {
        try (StateStore store = StateStore.open(dir.resolve("state.db"))) {
            store.insertAccepted(accepted("s1"));
            store.recordStopMode("s1", FailureMode.OPERATOR_CANCELLED);
            store.recordStopMode("s1", FailureMode.TIMEOUT);
            assertThat(store.session("s1").orElseThrow().stopMode()).contains(FailureMode.OPERATOR_CANCELLED);
        }
    }

    @Test
    void retentionDropsOldTerminalRowsAndKeepsAtMostTheNewest() {
        try (StateStore store = StateStore.open(dir.resolve("state.db"))) {
            for (int i = 0; i < 5; i++) {
                store.insertAccepted(accepted("s" + i));
                store.recordTerminal("s" + i, SessionState.FAILED, FailureMode.HARNESS, null, 1,
                        T0.plusSeconds(i), null);
            }
            store.insertAccepted(accepted("live"));
            assertThat(store.purgeTerminal(T0.plusSeconds(1), 3)).isEqualTo(2);
            assertThat(store.exists("s0")).isFalse();
            assertThat(store.exists("s1")).isFalse();
            assertThat(store.exists("s4")).isTrue();
            assertThat(store.exists("live")).as("live rows are never purged").isTrue();
            assertThat(store.purgeTerminal(T0, 1)).isEqualTo(2);
            assertThat(store.terminalSince(T0, 10)).extracting(StoredSession::sessionId).containsExactly("s4");
        }
    }

    @Test
    void theOutboxIsIdempotentPerKeyAndSummarised() {
        try (StateStore store = StateStore.open(dir.resolve("state.db"))) {
            assertThat(store.outboxSummary()).isEqualTo(new OutboxSummary(0, 0, Optional.empty()));
            long first = store.enqueueOutbox(OutboxEntry.pending("completion", "s1", "s1:1:completion", "{}", T0));
            store.enqueueOutbox(OutboxEntry.pending("completion", "s1", "s1:1:completion", "{}", T0));
            long second = store.enqueueOutbox(OutboxEntry.pending("status", "s1", "s1:1:status", "{}",
                    T0.plusSeconds(1)));
            assertThat(store.pendingOutbox(10)).extracting(OutboxEntry::idempotencyKey)
                    .containsExactly("s1:1:completion", "s1:1:status");
            store.markDelivered(first);
            store.markRejected(second, "409 conflict");
            assertThat(store.outboxSummary()).isEqualTo(new OutboxSummary(0, 1, Optional.empty()));
        }
    }

    @Test
    void recoveryWritesTheTerminalRowAndItsReportsInOneTransaction() {
        try (StateStore store = StateStore.open(dir.resolve("state.db"))) {
            store.insertAccepted(accepted("s1"));
            store.recover("s1", SessionState.INTERRUPTED, FailureMode.CRASH, T0.plusSeconds(9), "{\"r\":1}",
                    java.util.List.of(OutboxEntry.pending("completion", "s1", "s1:1:completion", "{}", T0)));
            StoredSession row = store.session("s1").orElseThrow();
            assertThat(row.handle().state()).isEqualTo(SessionState.INTERRUPTED);
            assertThat(row.handle().failureMode()).isEqualTo(FailureMode.CRASH);
            assertThat(store.outboxSummary().pending()).isEqualTo(1);
        }
    }

    private static StoredSession accepted(String id) {
        SessionHandle handle = SessionHandle.builder(id, SessionState.ACCEPTED, T0).source(SessionSource.API)
                .harness("stub").build();
        return new StoredSession(id, 1, SessionSource.API, null, "{\"sessionId\":\"" + id + "\"}", handle,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
