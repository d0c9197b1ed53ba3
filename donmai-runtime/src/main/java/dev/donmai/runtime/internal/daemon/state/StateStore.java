package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <home>/state.db}: the daemon's durable state (sessions.md §1, §15; protocol.md §6.4). SQLite in WAL mode with
 * {@code synchronous=FULL}, as sessions.md §1 requires: a change is on disk when its method returns, so a
 * {@code kill -9} of the daemon (or a power loss) loses nothing that was acknowledged, and every multi-row change
 * (a session's terminal state with its outbox rows) is one transaction, all or nothing.
 *
 * <p>One connection, every method synchronised on the store: the daemon writes a few rows per session transition,
 * far below what one connection serves, and one connection makes nested transactions and read-your-writes trivial.
 * Another process or connection (the git provider's pool index) may use the same file at once; WAL lets readers run
 * beside the one writer, transactions begin {@code IMMEDIATE} and {@code busy_timeout} makes a writer wait for the
 * other instead of failing.
 *
 * <p>Instants are stored at millisecond precision. The file is 0600 and its directory 0700 when this creates them.
 * The schema is versioned by {@code PRAGMA user_version} ({@link StateSchema}).
 */
public final class StateStore implements AutoCloseable {

    /** How long a write waits for another connection's write to finish. */
    static final int BUSY_TIMEOUT_MS = 5_000;

    private final Connection connection;
    private final Sql sql;
    private final SessionTable sessions;
    private final OutboxTable outbox;
    private final Clock clock;

    private StateStore(Connection connection, Clock clock) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.sessions = new SessionTable(sql);
        this.outbox = new OutboxTable(sql);
        this.clock = clock;
    }

    /** Opens (creating) {@code dbFile} with the system clock for transition times. */
    public static StateStore open(Path dbFile) {
        return open(dbFile, Clock.systemUTC());
    }

    /**
     * Opens (creating) {@code dbFile} and brings its schema up to date; {@code clock} dates the transitions whose
     * handle carries no time of its own.
     *
     * @throws IllegalStateException when the file cannot be opened, is not in WAL mode afterwards, or was written by
     *         a newer daemon
     */
    public static StateStore open(Path dbFile, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Path file = dbFile.toAbsolutePath().normalize();
        Connection connection = null;
        try {
            createPrivately(file);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file, connectionProperties());
            try (Statement s = connection.createStatement()) {
                String mode = journalMode(s);
                if (!"wal".equals(mode)) {
                    throw new SQLException("journal_mode is " + mode + ", not wal (is " + file.getParent()
                            + " on a local file system?)");
                }
                s.execute("PRAGMA synchronous=FULL");
            }
            StateStore store = new StateStore(connection, clock);
            StateSchema.migrate(connection, store::inTransaction, store.sessions::backfillColumns);
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /** The journal mode in effect ({@code wal}). */
    public synchronized String journalMode() {
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                return rs.next() ? rs.getString(1).toLowerCase(Locale.ROOT) : "";
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** The schema version of the file ({@code PRAGMA user_version}). */
    public synchronized int schemaVersion() {
        return locked(s -> StateSchema.version(s.connection()));
    }

    // ------------------------------------------------------------------ sessions

    /**
     * Inserts an accepted session and its first transition, in one transaction. A terminal row of an earlier attempt
     * is replaced (its transitions stay); any other existing row is refused.
     *
     * @throws IllegalArgumentException when the handle is not {@code accepted}
     * @throws IllegalStateException    when the session id has a row that cannot be replaced
     */
    public synchronized void insertAccepted(StoredSession session) {
        SessionHandle h = session.handle();
        if (h.state() != SessionState.ACCEPTED) {
            throw new IllegalArgumentException("a new session row starts accepted, not " + h.state().wire());
        }
        inTransaction(() -> {
            Optional<StoredSession> existing = sessions.find(session.sessionId());
            if (existing.isPresent() && (!existing.get().handle().state().isTerminal()
                    || existing.get().attempt() >= session.attempt())) {
                throw new IllegalStateException("session " + session.sessionId() + " attempt "
                        + existing.get().attempt() + " is already recorded");
            }
            sessions.upsert(session, existing.isPresent());
            sessions.addTransition(session.sessionId(), session.attempt(), null, SessionState.ACCEPTED,
                    h.acceptedAt());
        });
    }

    /**
     * Records the latest handle; a state change also gets a transition row, in the same transaction. Unknown ids are
     * ignored, and so is a handle that would move a row backwards (an earlier state, or out of a terminal state into
     * another); a terminal row only takes a handle of its own state (to pick up final fields).
     */
    public synchronized void recordHandle(SessionHandle handle) {
        inTransaction(() -> applyHandle(handle));
    }

    /**
     * Enters {@code running} (sessions.md §3 step 6): the handle, the harness pid and its start instant in one
     * transaction, so a daemon that dies right after the spawn still knows which process group to stop.
     */
    public synchronized void recordRunning(SessionHandle handle, long pid, Instant processStart) {
        inTransaction(() -> {
            if (applyHandle(handle)) {
                sessions.setProcess(handle.sessionId(), pid, processStart);
            }
        });
    }

    /** The harness's pid and start instant (crash recovery tells a live harness from a reused pid by it). */
    public synchronized void recordProcess(String sessionId, long pid, Instant processStart) {
        Objects.requireNonNull(processStart, "processStart");
        locked(s -> sessions.setProcess(sessionId, pid, processStart));
    }

    /**
     * Sets the stop mode unless one is recorded already (StopSession step 1: the first writer wins).
     *
     * @return the stop mode in effect afterwards, empty when the session is unknown
     * @throws IllegalArgumentException when {@code mode} cannot end a session {@code terminated}
     */
    public synchronized Optional<FailureMode> recordStopMode(String sessionId, FailureMode mode) {
        if (!mode.permits(SessionState.TERMINATED)) {
            throw new IllegalArgumentException(mode.controlWire() + " is not a stop mode");
        }
        return locked(s -> {
            sessions.setStopModeIfUnset(sessionId, mode);
            return sessions.find(sessionId).flatMap(StoredSession::stopMode);
        });
    }

    /**
     * Binds a session to the orchestrator claim it was re-delivered under (protocol.md §5.5 "adopt"); its later
     * reports and lease refreshes carry it.
     */
    public synchronized void rebindClaim(String sessionId, String claimId) {
        Objects.requireNonNull(claimId, "claimId");
        locked(s -> sessions.setClaim(sessionId, claimId));
    }

    /** Stores the result record while still {@code finishing} (sessions.md §3 step 10), before the terminal commit. */
    public synchronized void recordResult(String sessionId, String resultJson) {
        Objects.requireNonNull(resultJson, "resultJson");
        locked(s -> sessions.setResult(sessionId, resultJson));
    }

    /** Makes a session terminal with its result record, no outbox rows; see the full form below. */
    public synchronized boolean recordTerminal(String sessionId, SessionState state, @Nullable FailureMode mode,
            @Nullable Verdict verdict, @Nullable Integer exitCode, Instant endedAt, @Nullable String resultJson) {
        return recordTerminal(sessionId, state, mode, verdict, exitCode, endedAt, resultJson, List.of());
    }

    /**
     * The terminal commit (sessions.md §3 step 12, §15 step 3): terminal state, result record and the outbox rows it
     * causes, one transaction. The first terminal state wins: a row already terminal in another state is left as it
     * is (and no outbox row is written); one already in {@code state} only takes the newer fields and a result record
     * it lacked. Outbox rows whose idempotency key exists are not written twice.
     *
     * @return true when the row is in {@code state} afterwards
     * @throws IllegalArgumentException when {@code state} is not terminal or {@code mode} does not fit it
     */
    public synchronized boolean recordTerminal(String sessionId, SessionState state, @Nullable FailureMode mode,
            @Nullable Verdict verdict, @Nullable Integer exitCode, Instant endedAt, @Nullable String resultJson,
            List<OutboxEntry> reports) {
        if (!state.isTerminal()) {
            throw new IllegalArgumentException(state.wire() + " is not terminal");
        }
        if (state.requiresFailureMode() != (mode != null) || (mode != null && !mode.permits(state))) {
            throw new IllegalArgumentException("failure mode " + mode + " does not fit " + state.wire());
        }
        Objects.requireNonNull(endedAt, "endedAt");
        boolean[] done = {false};
        inTransaction(() -> {
            Optional<StoredSession> row = sessions.find(sessionId);
            if (row.isEmpty()) {
                return;
            }
            SessionState previous = row.get().handle().state();
            if (previous.isTerminal() && previous != state) {
                return;
            }
            SessionHandle handle = row.get().handle().toBuilder().state(state).failureMode(mode).verdict(verdict)
                    .exitCode(exitCode).endedAt(endedAt).build();
            sessions.writeHandle(handle);
            if (resultJson != null) {
                sessions.setResult(sessionId, resultJson);
            }
            if (previous != state) {
                sessions.addTransition(sessionId, row.get().attempt(), previous, state, endedAt);
            }
            for (OutboxEntry entry : reports) {
                outbox.insert(entry);
            }
            done[0] = true;
        });
        return done[0];
    }

    public synchronized Optional<StoredSession> session(String sessionId) {
        return locked(s -> sessions.find(sessionId));
    }

    public synchronized boolean exists(String sessionId) {
        return session(sessionId).isPresent();
    }

    /** Every row not yet terminal, oldest first. */
    public synchronized List<StoredSession> nonTerminal() {
        return locked(s -> sessions.nonTerminal());
    }

    /** Terminal rows that ended at or after {@code since}, newest first, at most {@code limit}. */
    public synchronized List<StoredSession> terminalSince(Instant since, int limit) {
        return locked(s -> sessions.terminalSince(since, limit));
    }

    /** A session's transitions, every attempt, in the order they happened. */
    public synchronized List<Transition> transitions(String sessionId) {
        return locked(s -> sessions.transitions(sessionId));
    }

    /**
     * Retention: deletes terminal sessions (with their transitions) that ended before {@code before}, and those beyond
     * the newest {@code keepNewest}; non-terminal rows always stay.
     *
     * @return how many sessions went
     */
    public synchronized int purgeTerminal(Instant before, int keepNewest) {
        int[] deleted = {0};
        inTransaction(() -> deleted[0] = sessions.purgeTerminal(before, keepNewest));
        return deleted[0];
    }

    // ------------------------------------------------------------------ outbox

    /**
     * Adds a report; a known idempotency key is not written twice (at-least-once writers).
     *
     * @return the row id (the existing row's for a known key)
     */
    public synchronized long enqueueOutbox(OutboxEntry entry) {
        return locked(s -> outbox.insert(entry));
    }

    /** One row. */
    public synchronized Optional<OutboxEntry> outboxEntry(long id) {
        return locked(s -> outbox.find(id));
    }

    /** Pending rows, oldest first, whether due or not. */
    public synchronized List<OutboxEntry> pendingOutbox(int limit) {
        return locked(s -> outbox.pending(null, limit));
    }

    /** Pending rows whose retry time has come by {@code now}, oldest first. */
    public synchronized List<OutboxEntry> dueOutbox(Instant now, int limit) {
        return locked(s -> outbox.pending(now, limit));
    }

    /** Every row of a session, any state, oldest first. */
    public synchronized List<OutboxEntry> outboxOf(String sessionId) {
        return locked(s -> outbox.forSession(sessionId));
    }

    /** The orchestrator took it (2xx); a row no longer pending is left as it is. */
    public synchronized void markDelivered(long id) {
        locked(s -> outbox.settle(id, OutboxState.DELIVERED, null));
    }

    /** The orchestrator refused it for good; a row no longer pending is left as it is. */
    public synchronized void markRejected(long id, String error) {
        locked(s -> outbox.settle(id, OutboxState.REJECTED, error));
    }

    /** A retryable failure: one more try counted, not sent again before {@code nextAttemptAt}. */
    public synchronized void markRetry(long id, Instant nextAttemptAt, String error) {
        locked(s -> outbox.retryLater(id, nextAttemptAt, error));
    }

    /**
     * Pending rows of a session's attempts below {@code attempt} become {@code superseded} (protocol.md §5.5).
     *
     * @return how many rows changed
     */
    public synchronized int supersedeOutbox(String sessionId, int attempt) {
        return locked(s -> outbox.supersede(sessionId, attempt));
    }

    /**
     * Retention (protocol.md §6.4, by creation time): delivered rows created before {@code deliveredBefore},
     * rejected and superseded ones before {@code rejectedBefore}; pending rows always stay.
     *
     * @return how many rows went
     */
    public synchronized int purgeOutbox(Instant deliveredBefore, Instant rejectedBefore) {
        return locked(s -> outbox.purge(deliveredBefore, rejectedBefore));
    }

    /** The status block {@code outbox{pending, rejected, oldestPendingAt}}. */
    public synchronized OutboxSummary outboxSummary() {
        return locked(s -> outbox.summary());
    }

    // ------------------------------------------------------------------ pool members

    /** Pool member rows, for recovery step 5. */
    public PoolMemberTable poolMembers() {
        return new PoolMemberTable(this);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** Runs {@code work} under the store's lock, outside any explicit transaction unless one is open. */
    synchronized <T> T locked(Query<T> work) {
        try {
            return work.run(sql);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Runs {@code work} in a transaction; nested calls join the outer one, and any failure rolls it all back. */
    synchronized void inTransaction(Work work) {
        try {
            boolean outer = connection.getAutoCommit();
            if (outer) {
                connection.setAutoCommit(false);
            }
            try {
                work.run();
                if (outer) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (outer) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (outer) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** True when the handle may be written over the row: moves forward, or refreshes the same state. */
    private boolean applyHandle(SessionHandle handle) throws SQLException {
        Optional<StoredSession> row = sessions.find(handle.sessionId());
        if (row.isEmpty()) {
            return false;
        }
        SessionState previous = row.get().handle().state();
        SessionState next = handle.state();
        boolean forward = previous == next || (!previous.isTerminal() && next.ordinal() > previous.ordinal());
        if (!forward) {
            return false;
        }
        sessions.writeHandle(handle);
        if (previous != next) {
            sessions.addTransition(handle.sessionId(), row.get().attempt(), previous, next, transitionTime(handle));
        }
        return true;
    }

    private Instant transitionTime(SessionHandle handle) {
        if (handle.state().isTerminal() && handle.endedAt() != null) {
            return handle.endedAt();
        }
        if (handle.state() == SessionState.RUNNING && handle.startedAt() != null) {
            return handle.startedAt();
        }
        return clock.instant();
    }

    private static void createPrivately(Path file) throws IOException {
        AtomicFiles.createPrivateDirectories(file.getParent());
        if (!Files.exists(file)) {
            AtomicFiles.write(file, new byte[0], AtomicFiles.PRIVATE);
        } else if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, AtomicFiles.PRIVATE);
        }
    }

    /**
     * Transactions begin {@code IMMEDIATE}: they take the write lock up front, waiting up to the busy timeout for
     * another connection's writer. A deferred transaction that read first and then wrote would instead fail at once
     * ({@code SQLITE_BUSY_SNAPSHOT}) whenever the other connection committed in between, which WAL does not retry.
     */
    static Properties connectionProperties() {
        Properties p = new Properties();
        p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        p.setProperty("transaction_mode", "IMMEDIATE");
        return p;
    }

    private static String journalMode(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
            return rs.next() ? rs.getString(1).toLowerCase(Locale.ROOT) : "";
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the open already failed; that failure is the one reported
            }
        }
    }

    /** A unit of work inside a transaction. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    /** A read or single statement under the store's lock. */
    @FunctionalInterface
    interface Query<T> {
        T run(Sql sql) throws SQLException;
    }
}
