package dev.donmai.runtime.internal.daemon.state;

import static dev.donmai.runtime.internal.daemon.state.Rows.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.providers.tck.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(T0.plusSeconds(5));
    private Path db;
    private StateStore store;

    @BeforeEach
    void open() {
        db = home.resolve("nested").resolve("state.db");
        store = StateStore.open(db, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    // ------------------------------------------------------------------ file, mode, schema

    @Test
    void createsAPrivateWalFileAtTheLatestSchema() throws Exception {
        assertThat(store.journalMode()).isEqualTo("wal");
        assertThat(store.schemaVersion()).isEqualTo(StateSchema.LATEST).isEqualTo(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.getParent())))
                .isEqualTo("rwx------");
        store.insertAccepted(Rows.accepted("s1", T0));
        Path wal = db.resolveSibling("state.db-wal");
        assertThat(wal).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
        try (Connection raw = raw(); Statement s = raw.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("WAL is persistent in the file").isEqualTo("wal");
        }
    }

    @Test
    void reopeningKeepsEveryCommittedRowAndTheSchema() {
        store.insertAccepted(Rows.accepted("s1", T0));
        store.recordStopMode("s1", FailureMode.TIMEOUT);
        long id = store.enqueueOutbox(OutboxEntry.pending(OutboxKind.STATUS, "s1", 1, "c-1", "s1:1:status:running",
                "{}", T0));
        store.close();
        store = StateStore.open(db, clock);
        assertThat(store.schemaVersion()).isEqualTo(2);
        assertThat(store.session("s1")).get().satisfies(s -> {
            assertThat(s.stopMode()).contains(FailureMode.TIMEOUT);
            assertThat(s.handle().state()).isEqualTo(SessionState.ACCEPTED);
        });
        assertThat(store.outboxEntry(id)).get().extracting(OutboxEntry::claimId).isEqualTo(Optional.of("c-1"));
    }

    @Test
    void aVersionOneFileIsMigratedForwardWithItsRowsAndBackfilledColumns() throws Exception {
        store.close();
        Path old = home.resolve("v1.db");
        SessionHandle failed = SessionHandle.builder("old-1", SessionState.FAILED, T0).source(SessionSource.API)
                .failureMode(FailureMode.HARNESS).verdict(Verdict.FAILED).exitCode(3).endedAt(T0.plusSeconds(9))
                .worktreePath("/w/old-1").build();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = raw.createStatement()) {
            for (String sql : StateSchema.statements(1)) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version=1");
            s.execute("INSERT INTO sessions (session_id, attempt, source, spec_json, state, handle_json, accepted_ms, "
                    + "ended_ms) VALUES ('old-1', 2, 'api', '{}', 'failed', '"
                    + HandleCodec.json(HandleCodec.write(failed)) + "', " + T0.toEpochMilli() + ", "
                    + T0.plusSeconds(9).toEpochMilli() + ")");
            s.execute("INSERT INTO session_transitions (session_id, from_state, to_state, at_ms) VALUES "
                    + "('old-1', NULL, 'accepted', " + T0.toEpochMilli() + ")");
            s.execute("INSERT INTO outbox (kind, session_id, idempotency_key, body_json, created_ms) VALUES "
                    + "('completion', 'old-1', 'old-1:2:completion', '{}', " + T0.toEpochMilli() + ")");
        }
        store = StateStore.open(old, clock);
        assertThat(store.schemaVersion()).isEqualTo(2);
        assertThat(store.session("old-1")).get().extracting(s -> s.handle().failureMode())
                .isEqualTo(FailureMode.HARNESS);
        assertThat(store.transitions("old-1")).singleElement().extracting(Transition::attempt).isEqualTo(2);
        assertThat(store.pendingOutbox(10)).singleElement().satisfies(e -> {
            assertThat(e.attempt()).isEqualTo(1);
            assertThat(e.nextAttemptAt()).isEqualTo(T0);
            assertThat(e.kind()).isEqualTo(OutboxKind.COMPLETION);
        });
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = raw.createStatement();
             ResultSet rs = s.executeQuery("SELECT failure_mode, verdict, exit_code, worktree_path FROM sessions")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .containsExactly("harness", "failed", "3", "/w/old-1");
        }
    }

    @Test
    void aFileFromANewerDaemonIsRefused() throws Exception {
        store.close();
        try (Connection raw = raw(); Statement s = raw.createStatement()) {
            s.execute("PRAGMA user_version=99");
        }
        assertThatThrownBy(() -> StateStore.open(db, clock)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema 99 is newer");
        store = StateStore.open(home.resolve("other.db"), clock);
    }

    // ------------------------------------------------------------------ sessions

    @Test
    void anAcceptedRowReadsBackWithItsFirstTransition() {
        StoredSession row = Rows.accepted("s1", 1, SessionSource.ORCHESTRATOR, "claim-7", T0);
        store.insertAccepted(row);
        assertThat(store.session("s1")).contains(row);
        assertThat(store.exists("s1")).isTrue();
        assertThat(store.exists("nope")).isFalse();
        assertThat(store.transitions("s1")).containsExactly(new Transition("s1", null, SessionState.ACCEPTED, T0, 1));
        assertThatThrownBy(() -> store.insertAccepted(row)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already recorded");
        assertThatThrownBy(() -> store.insertAccepted(new StoredSession("s2", 1, SessionSource.API, null, "{}",
                Rows.handle(Rows.accepted("s2", T0), SessionState.PROVISIONING).build(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transitionsAreRecordedInOrderAndNeverGoBackwards() {
        StoredSession row = Rows.accepted("s1", T0);
        store.insertAccepted(row);
        store.recordHandle(Rows.handle(row, SessionState.PROVISIONING).build());
        Instant started = T0.plusSeconds(2);
        store.recordRunning(Rows.handle(row, SessionState.RUNNING).startedAt(started).pid(4242L).build(), 4242,
                started.minusMillis(3));
        store.recordHandle(Rows.handle(row, SessionState.PROVISIONING).build());
        store.recordHandle(Rows.handle(row, SessionState.RUNNING).startedAt(started).pid(4242L)
                .worktreePath("/w/s1").build());
        clock.advance(Duration.ofSeconds(10));
        store.recordHandle(Rows.handle(row, SessionState.FINISHING).startedAt(started).worktreePath("/w/s1").build());
        Instant ended = T0.plusSeconds(30);
        store.recordTerminal("s1", SessionState.COMPLETED, null, Verdict.PASSED, 0, ended, "{\"verdict\":\"passed\"}");
        store.recordHandle(Rows.handle(row, SessionState.RUNNING).build());

        assertThat(store.transitions("s1")).extracting(Transition::from, Transition::to, Transition::at).containsExactly(
                tuple(null, SessionState.ACCEPTED, T0),
                tuple(SessionState.ACCEPTED, SessionState.PROVISIONING, T0.plusSeconds(5)),
                tuple(SessionState.PROVISIONING, SessionState.RUNNING, started),
                tuple(SessionState.RUNNING, SessionState.FINISHING, T0.plusSeconds(15)),
                tuple(SessionState.FINISHING, SessionState.COMPLETED, ended));
        StoredSession stored = store.session("s1").orElseThrow();
        assertThat(stored.handle().state()).isEqualTo(SessionState.COMPLETED);
        assertThat(stored.handle().verdict()).isEqualTo(Verdict.PASSED);
        assertThat(stored.handle().worktreePath()).isEqualTo("/w/s1");
        assertThat(stored.pid()).contains(4242L);
        assertThat(stored.processStart()).contains(started.minusMillis(3));
        assertThat(stored.resultJson()).contains("{\"verdict\":\"passed\"}");
        store.recordHandle(SessionHandle.accepted("unknown", T0));
        assertThat(store.exists("unknown")).isFalse();
    }

    @Test
    void theStopModeIsSetByTheFirstWriterOnly() {
        store.insertAccepted(Rows.accepted("s1", T0));
        assertThat(store.recordStopMode("s1", FailureMode.OPERATOR_CANCELLED)).contains(FailureMode.OPERATOR_CANCELLED);
        assertThat(store.recordStopMode("s1", FailureMode.TIMEOUT)).contains(FailureMode.OPERATOR_CANCELLED);
        assertThat(store.session("s1").orElseThrow().stopMode()).contains(FailureMode.OPERATOR_CANCELLED);
        assertThat(store.recordStopMode("unknown", FailureMode.TIMEOUT)).isEmpty();
        assertThatThrownBy(() -> store.recordStopMode("s1", FailureMode.SPAWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstTerminalStateWinsAndItsOutboxRowsCommitWithIt() {
        store.insertAccepted(Rows.accepted("s1", 1, SessionSource.ORCHESTRATOR, "c1", T0));
        store.recordResult("s1", "{\"stored\":true}");
        OutboxEntry completion = OutboxEntry.pending(OutboxKind.COMPLETION, "s1", 1, "c1",
                OutboxEntry.key("s1", 1, "completion"), "{}", T0);
        assertThat(store.recordTerminal("s1", SessionState.TERMINATED, FailureMode.TIMEOUT, null, null,
                T0.plusSeconds(1), null, List.of(completion))).isTrue();
        assertThat(store.session("s1").orElseThrow().resultJson()).as("a null result keeps the stored one")
                .contains("{\"stored\":true}");
        assertThat(store.recordTerminal("s1", SessionState.FAILED, FailureMode.HARNESS, null, 1, T0.plusSeconds(2),
                "{}", List.of(OutboxEntry.pending(OutboxKind.STATUS, "s1", 1, "c1", "other", "{}", T0)))).isFalse();
        assertThat(store.recordTerminal("s1", SessionState.TERMINATED, FailureMode.TIMEOUT, null, null,
                T0.plusSeconds(1), null, List.of(completion))).as("repeat of the same terminal").isTrue();
        assertThat(store.session("s1").orElseThrow().handle().state()).isEqualTo(SessionState.TERMINATED);
        assertThat(store.outboxOf("s1")).extracting(OutboxEntry::idempotencyKey).containsExactly("s1:1:completion");
        assertThat(store.transitions("s1")).extracting(Transition::to)
                .containsExactly(SessionState.ACCEPTED, SessionState.TERMINATED);
        assertThatThrownBy(() -> store.recordTerminal("s1", SessionState.RUNNING, null, null, null, T0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.recordTerminal("s1", SessionState.INTERRUPTED, FailureMode.TIMEOUT, null, null,
                T0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.recordTerminal("unknown", SessionState.COMPLETED, null, null, 0, T0, null)).isFalse();
    }

    @Test
    void aNewAttemptReplacesATerminalRowAndKeepsTheOlderTransitions() {
        store.insertAccepted(Rows.accepted("s1", 1, SessionSource.ORCHESTRATOR, "c1", T0));
        store.recordProcess("s1", 99, T0);
        assertThatThrownBy(() -> store.insertAccepted(Rows.accepted("s1", 2, SessionSource.ORCHESTRATOR, "c2",
                T0.plusSeconds(1)))).as("attempt 1 still runs").isInstanceOf(IllegalStateException.class);
        store.recordTerminal("s1", SessionState.INTERRUPTED, FailureMode.CRASH, null, null, T0.plusSeconds(2), "{}");
        store.insertAccepted(Rows.accepted("s1", 2, SessionSource.ORCHESTRATOR, "c2", T0.plusSeconds(3)));
        StoredSession row = store.session("s1").orElseThrow();
        assertThat(row.attempt()).isEqualTo(2);
        assertThat(row.claimId()).contains("c2");
        assertThat(row.pid()).isEmpty();
        assertThat(row.resultJson()).isEmpty();
        assertThat(store.transitions("s1")).extracting(Transition::attempt, Transition::to).containsExactly(
                tuple(1, SessionState.ACCEPTED),
                tuple(1, SessionState.INTERRUPTED),
                tuple(2, SessionState.ACCEPTED));
    }

    @Test
    void nonTerminalAndRetainedTerminalRowsAreListedInTheirOrders() {
        for (int i = 1; i <= 4; i++) {
            store.insertAccepted(Rows.accepted("s" + i, T0.plusSeconds(i)));
        }
        store.recordTerminal("s1", SessionState.COMPLETED, null, null, 0, T0.plusSeconds(100), null);
        store.recordTerminal("s3", SessionState.FAILED, FailureMode.SPAWN, null, null, T0.plusSeconds(300), null);
        store.recordTerminal("s4", SessionState.FAILED, FailureMode.SPAWN, null, null, T0.plusSeconds(200), null);
        assertThat(store.nonTerminal()).extracting(StoredSession::sessionId).containsExactly("s2");
        assertThat(store.terminalSince(T0, 10)).extracting(StoredSession::sessionId)
                .containsExactly("s3", "s4", "s1");
        assertThat(store.terminalSince(T0.plusSeconds(150), 10)).extracting(StoredSession::sessionId)
                .containsExactly("s3", "s4");
        assertThat(store.terminalSince(T0, 1)).extracting(StoredSession::sessionId).containsExactly("s3");
    }

    @Test
    void retentionPurgesOldAndSurplusTerminalRowsOnly() {
        for (int i = 1; i <= 5; i++) {
            store.insertAccepted(Rows.accepted("s" + i, T0));
            store.recordTerminal("s" + i, SessionState.COMPLETED, null, null, 0, T0.plusSeconds(i * 10L), null);
        }
        store.insertAccepted(Rows.accepted("live", T0));
        assertThat(store.purgeTerminal(T0.plusSeconds(15), 200)).as("s1 ended before the cut").isEqualTo(1);
        assertThat(store.purgeTerminal(T0, 2)).as("s2 and s3 beyond the newest two").isEqualTo(2);
        assertThat(store.terminalSince(T0, 10)).extracting(StoredSession::sessionId).containsExactly("s5", "s4");
        assertThat(store.nonTerminal()).extracting(StoredSession::sessionId).containsExactly("live");
        assertThat(store.transitions("s1")).isEmpty();
        assertThat(store.transitions("s5")).hasSize(2);
        assertThat(store.purgeTerminal(T0, 200)).isZero();
    }

    // ------------------------------------------------------------------ outbox

    @Test
    void outboxRowsAreDeliveredOnceInOrderAndSummarised() {
        assertThat(store.outboxSummary()).isEqualTo(new OutboxSummary(0, 0, Optional.empty()));
        long a = store.enqueueOutbox(entry("a", T0));
        long b = store.enqueueOutbox(entry("b", T0.plusSeconds(1)));
        long c = store.enqueueOutbox(entry("c", T0.plusSeconds(2)));
        assertThat(store.enqueueOutbox(entry("a", T0.plusSeconds(9)))).as("known key").isEqualTo(a);
        assertThat(store.pendingOutbox(10)).extracting(OutboxEntry::id).containsExactly(a, b, c);
        assertThat(store.pendingOutbox(2)).extracting(OutboxEntry::id).containsExactly(a, b);

        store.markRetry(a, T0.plusSeconds(60), "connect refused");
        assertThat(store.dueOutbox(T0.plusSeconds(30), 10)).extracting(OutboxEntry::id).containsExactly(b, c);
        assertThat(store.dueOutbox(T0.plusSeconds(60), 10)).extracting(OutboxEntry::id).containsExactly(a, b, c);
        assertThat(store.outboxEntry(a)).get().satisfies(e -> {
            assertThat(e.tries()).isEqualTo(1);
            assertThat(e.lastError()).contains("connect refused");
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
        });

        store.markDelivered(a);
        store.markRejected(b, "409 superseded");
        store.markDelivered(b);
        assertThat(store.outboxEntry(b)).get().extracting(OutboxEntry::state).as("settled rows stay settled")
                .isEqualTo(OutboxState.REJECTED);
        assertThat(store.outboxEntry(a)).get().extracting(OutboxEntry::tries).isEqualTo(2);
        assertThat(store.outboxSummary()).isEqualTo(new OutboxSummary(1, 1, Optional.of(T0.plusSeconds(2))));
        assertThat(store.pendingOutbox(10)).extracting(OutboxEntry::id).containsExactly(c);
    }

    @Test
    void olderAttemptsAreSupersededAndRetentionKeepsPendingRows() {
        store.enqueueOutbox(OutboxEntry.pending(OutboxKind.STATUS, "s1", 1, null, "s1:1:status:running", "{}", T0));
        store.enqueueOutbox(OutboxEntry.pending(OutboxKind.COMPLETION, "s1", 1, null, "s1:1:completion", "{}", T0));
        long delivered = store.enqueueOutbox(entry("d", T0));
        long rejected = store.enqueueOutbox(entry("r", T0));
        store.enqueueOutbox(OutboxEntry.pending(OutboxKind.STATUS, "s1", 2, null, "s1:2:status:running", "{}", T0));
        store.markDelivered(delivered);
        store.markRejected(rejected, "400");
        assertThat(store.supersedeOutbox("s1", 2)).isEqualTo(2);
        assertThat(store.outboxOf("s1")).extracting(OutboxEntry::attempt, OutboxEntry::state).containsExactly(
                tuple(1, OutboxState.SUPERSEDED),
                tuple(1, OutboxState.SUPERSEDED),
                tuple(2, OutboxState.PENDING));
        assertThat(store.purgeOutbox(T0, T0)).as("nothing older than the cut").isZero();
        assertThat(store.purgeOutbox(T0.plusSeconds(1), T0)).as("the delivered row").isEqualTo(1);
        assertThat(store.purgeOutbox(T0.plusSeconds(1), T0.plusSeconds(1))).as("rejected and superseded")
                .isEqualTo(3);
        assertThat(store.pendingOutbox(10)).extracting(OutboxEntry::idempotencyKey)
                .containsExactly("s1:2:status:running");
    }

    // ------------------------------------------------------------------ durability and concurrency

    @Test
    void aRolledBackTransactionLeavesNothingBehindEvenAfterReopen() {
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.insertAccepted(Rows.accepted("doomed", T0));
            store.enqueueOutbox(entry("doomed", T0));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.exists("doomed")).isFalse();
        store.close();
        store = StateStore.open(db, clock);
        assertThat(store.exists("doomed")).isFalse();
        assertThat(store.pendingOutbox(10)).isEmpty();
        assertThat(store.transitions("doomed")).isEmpty();
    }

    @Test
    void anotherConnectionsUncommittedWriteIsNeverSeenAndVanishesWhenItCloses() throws SQLException {
        store.insertAccepted(Rows.accepted("committed", T0));
        try (Connection raw = raw()) {
            raw.setAutoCommit(false);
            try (Statement s = raw.createStatement()) {
                s.execute("INSERT INTO sessions (session_id, attempt, source, spec_json, state, handle_json, "
                        + "accepted_ms) SELECT 'in-flight', attempt, source, spec_json, state, "
                        + "replace(handle_json, 'committed', 'in-flight'), accepted_ms FROM sessions");
            }
            assertThat(store.exists("in-flight")).isFalse();
            assertThat(store.nonTerminal()).extracting(StoredSession::sessionId).containsExactly("committed");
        }
        store.close();
        store = StateStore.open(db, clock);
        assertThat(store.nonTerminal()).extracting(StoredSession::sessionId).containsExactly("committed");
    }

    @Test
    void concurrentWritersAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String id = "t" + thread + "-" + i;
                        store.insertAccepted(Rows.accepted(id, T0));
                        store.recordStopMode(id, FailureMode.TIMEOUT);
                        store.enqueueOutbox(entry(id, T0));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.nonTerminal()).hasSize(100).allSatisfy(s -> assertThat(s.stopMode()).isPresent());
        assertThat(store.outboxSummary().pending()).isEqualTo(100);
    }

    @Test
    void twoConnectionsOnOneFileInterleaveTransactionsWithoutBusyFailures() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (StateStore second = StateStore.open(db, clock)) {
            List<Future<?>> done = new ArrayList<>();
            for (StateStore writer : List.of(store, second)) {
                String prefix = writer == store ? "a" : "b";
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        String id = prefix + i;
                        writer.insertAccepted(Rows.accepted(id, T0));
                        writer.recordTerminal(id, SessionState.COMPLETED, null, null, 0, T0.plusSeconds(i), "{}",
                                List.of(entry(id, T0)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.terminalSince(T0, 500)).hasSize(120);
        assertThat(store.outboxSummary().pending()).isEqualTo(120);
    }

    private OutboxEntry entry(String key, Instant at) {
        return OutboxEntry.pending(OutboxKind.STATUS, "s-" + key, 1, null, key, "{\"k\":\"" + key + "\"}", at);
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }
}
