package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <home>/state.db}: SQLite in WAL mode with {@code synchronous=FULL}, so a row is on disk when its method
 * returns and a {@code kill -9} loses nothing that was acknowledged. One connection, every method synchronised and
 * every multi-row change in one transaction. The schema is versioned with {@code PRAGMA user_version}.
 */
public final class StateStore implements AutoCloseable {

    static final int SCHEMA_VERSION = 1;

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS sessions (
          session_id TEXT PRIMARY KEY,
          attempt INTEGER NOT NULL,
          source TEXT NOT NULL,
          organization_id TEXT,
          spec_json TEXT NOT NULL,
          state TEXT NOT NULL,
          handle_json TEXT NOT NULL,
          accepted_ms INTEGER NOT NULL,
          ended_ms INTEGER,
          pid INTEGER,
          pid_start TEXT,
          stop_mode TEXT,
          result_json TEXT)""",
        "CREATE INDEX IF NOT EXISTS sessions_state ON sessions(state)",
        """
        CREATE TABLE IF NOT EXISTS session_transitions (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          session_id TEXT NOT NULL,
          from_state TEXT,
          to_state TEXT NOT NULL,
          at_ms INTEGER NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS transitions_session ON session_transitions(session_id, id)",
        PoolMemberTable.DDL,
        """
        CREATE TABLE IF NOT EXISTS outbox (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          kind TEXT NOT NULL,
          session_id TEXT NOT NULL,
          idempotency_key TEXT NOT NULL UNIQUE,
          body_json TEXT NOT NULL,
          created_ms INTEGER NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          state TEXT NOT NULL DEFAULT 'pending',
          last_error TEXT)""",
        "CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, id)",
    };

    private static final List<String> TERMINAL = List.of(SessionState.COMPLETED.wire(), SessionState.FAILED.wire(),
            SessionState.TERMINATED.wire(), SessionState.INTERRUPTED.wire());

    private final Connection connection;

    private StateStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating) the database; the file is 0600 and its directory 0700. */
    public static StateStore open(Path file) {
        try {
            AtomicFiles.createPrivateDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                AtomicFiles.write(file, new byte[0], AtomicFiles.PRIVATE);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA foreign_keys=ON");
            }
            StateStore store = new StateStore(connection);
            store.migrate();
            return store;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void migrate() throws SQLException {
        int version;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > SCHEMA_VERSION) {
            throw new SQLException("state.db schema " + version + " is newer than this daemon (" + SCHEMA_VERSION
                    + "); upgrade rensei");
        }
        inTransaction(() -> {
            try (Statement s = connection.createStatement()) {
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
                s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            }
        });
    }

    /** The journal mode in effect ({@code wal}). */
    public synchronized String journalMode() {
        return query("PRAGMA journal_mode", rs -> rs.next() ? rs.getString(1) : "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Inserts an accepted session and its first transition, in one transaction. */
    public synchronized void insertAccepted(StoredSession session) {
        SessionHandle h = session.handle();
        inTransaction(() -> {
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO sessions (session_id, attempt, "
                    + "source, organization_id, spec_json, state, handle_json, accepted_ms) VALUES (?,?,?,?,?,?,?,?)")) {
                p.setString(1, session.sessionId());
                p.setInt(2, session.attempt());
                p.setString(3, session.source().wire());
                p.setString(4, session.organizationId());
                p.setString(5, session.specJson());
                p.setString(6, h.state().wire());
                p.setString(7, HandleCodec.json(HandleCodec.write(h)));
                p.setLong(8, h.acceptedAt().toEpochMilli());
                p.executeUpdate();
            }
            transition(session.sessionId(), null, h.state(), h.acceptedAt());
        });
    }

    /** Records the latest handle; a state change also gets a transition row. Unknown ids are ignored. */
    public synchronized void recordHandle(SessionHandle handle) {
        inTransaction(() -> {
            Optional<SessionState> previous = state(handle.sessionId());
            if (previous.isEmpty()) {
                return;
            }
            if (previous.get().isTerminal() && !handle.state().isTerminal()) {
                return;
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE sessions SET state = ?, handle_json = ?, ended_ms = ? WHERE session_id = ?")) {
                p.setString(1, handle.state().wire());
                p.setString(2, HandleCodec.json(HandleCodec.write(handle)));
                setInstant(p, 3, handle.endedAt());
                p.setString(4, handle.sessionId());
                p.executeUpdate();
            }
            if (previous.get() != handle.state()) {
                Instant at = handle.state().isTerminal() && handle.endedAt() != null ? handle.endedAt()
                        : Instant.now();
                transition(handle.sessionId(), previous.get(), handle.state(), at);
            }
        });
    }

    /** The harness's pid and start instant (crash recovery tells a live harness from a reused pid by it). */
    public synchronized void recordProcess(String sessionId, long pid, Instant processStart) {
        update("UPDATE sessions SET pid = ?, pid_start = ? WHERE session_id = ?", p -> {
            p.setLong(1, pid);
            p.setString(2, processStart.toString());
            p.setString(3, sessionId);
        });
    }

    /** Sets the stop mode unless one is recorded already (the first writer wins). */
    public synchronized void recordStopMode(String sessionId, FailureMode mode) {
        update("UPDATE sessions SET stop_mode = ? WHERE session_id = ? AND stop_mode IS NULL", p -> {
            p.setString(1, mode.controlWire());
            p.setString(2, sessionId);
        });
    }

    /** Makes a session terminal with its result record. */
    public synchronized void recordTerminal(String sessionId, SessionState state, FailureMode mode, Verdict verdict,
            Integer exitCode, Instant endedAt, String resultJson) {
        if (!state.isTerminal()) {
            throw new IllegalArgumentException(state + " is not terminal");
        }
        inTransaction(() -> {
            Optional<StoredSession> row = session(sessionId);
            if (row.isEmpty()) {
                return;
            }
            SessionHandle handle = row.get().handle().toBuilder().state(state).failureMode(mode).verdict(verdict)
                    .exitCode(exitCode).endedAt(endedAt).build();
            try (PreparedStatement p = connection.prepareStatement("UPDATE sessions SET state = ?, handle_json = ?, "
                    + "ended_ms = ?, result_json = COALESCE(?, result_json) WHERE session_id = ?")) {
                p.setString(1, state.wire());
                p.setString(2, HandleCodec.json(HandleCodec.write(handle)));
                p.setLong(3, endedAt.toEpochMilli());
                p.setString(4, resultJson);
                p.setString(5, sessionId);
                p.executeUpdate();
            }
            SessionState previous = row.get().handle().state();
            if (previous != state) {
                transition(sessionId, previous, state, endedAt);
            }
        });
    }

    /**
     * Crash recovery's single transaction for one session: terminal state, result record and its outbox rows
     * (sessions.md §15 step 3).
     */
    public synchronized void recover(String sessionId, SessionState state, FailureMode mode, Instant endedAt,
            String resultJson, List<OutboxEntry> reports) {
        inTransaction(() -> {
            recordTerminal(sessionId, state, mode, null, null, endedAt, resultJson);
            for (OutboxEntry entry : reports) {
                enqueueOutbox(entry);
            }
        });
    }

    public synchronized Optional<StoredSession> session(String sessionId) {
        List<StoredSession> rows = sessions("WHERE session_id = ?", p -> p.setString(1, sessionId));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public synchronized boolean exists(String sessionId) {
        return session(sessionId).isPresent();
    }

    /** Every row not yet terminal, oldest first. */
    public synchronized List<StoredSession> nonTerminal() {
        return sessions("WHERE state NOT IN ('" + String.join("','", TERMINAL) + "') ORDER BY accepted_ms", p -> {
        });
    }

    /** Terminal rows that ended at or after {@code since}, newest first, at most {@code limit}. */
    public synchronized List<StoredSession> terminalSince(Instant since, int limit) {
        return sessions("WHERE state IN ('" + String.join("','", TERMINAL) + "') AND ended_ms >= ? "
                + "ORDER BY ended_ms DESC LIMIT ?", p -> {
                    p.setLong(1, since.toEpochMilli());
                    p.setInt(2, limit);
                });
    }

    public synchronized List<Transition> transitions(String sessionId) {
        List<Transition> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT from_state, to_state, at_ms FROM "
                + "session_transitions WHERE session_id = ? ORDER BY id")) {
            p.setString(1, sessionId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(1);
                    out.add(new Transition(sessionId, from == null ? null : SessionState.fromWire(from),
                            SessionState.fromWire(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3))));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /**
     * Retention: deletes terminal sessions that ended before {@code before}, and beyond the newest {@code keepNewest}
     * terminal ones; returns how many went.
     */
    public synchronized int purgeTerminal(Instant before, int keepNewest) {
        String terminal = "state IN ('" + String.join("','", TERMINAL) + "')";
        int[] deleted = {0};
        inTransaction(() -> {
            String doomed = "SELECT session_id FROM sessions WHERE " + terminal + " AND (ended_ms < ? OR session_id "
                    + "NOT IN (SELECT session_id FROM sessions WHERE " + terminal + " ORDER BY ended_ms DESC LIMIT ?))";
            try (PreparedStatement t = connection.prepareStatement("DELETE FROM session_transitions WHERE session_id IN ("
                    + doomed + ")")) {
                t.setLong(1, before.toEpochMilli());
                t.setInt(2, keepNewest);
                t.executeUpdate();
            }
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM sessions WHERE session_id IN ("
                    + doomed + ")")) {
                p.setLong(1, before.toEpochMilli());
                p.setInt(2, keepNewest);
                deleted[0] = p.executeUpdate();
            }
        });
        return deleted[0];
    }

    /** Adds a pending report; a repeated idempotency key is ignored (at-least-once writers). */
    public synchronized long enqueueOutbox(OutboxEntry entry) {
        try (PreparedStatement p = connection.prepareStatement("INSERT OR IGNORE INTO outbox (kind, session_id, "
                + "idempotency_key, body_json, created_ms, attempts, state) VALUES (?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, entry.kind());
            p.setString(2, entry.sessionId());
            p.setString(3, entry.idempotencyKey());
            p.setString(4, entry.bodyJson());
            p.setLong(5, entry.createdAt().toEpochMilli());
            p.setInt(6, entry.attempts());
            p.setString(7, entry.state());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Pending reports, oldest first. */
    public synchronized List<OutboxEntry> pendingOutbox(int limit) {
        List<OutboxEntry> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT id, kind, session_id, idempotency_key, "
                + "body_json, created_ms, attempts, state, last_error FROM outbox WHERE state = 'pending' "
                + "ORDER BY id LIMIT ?")) {
            p.setInt(1, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7), rs.getString(8),
                            Optional.ofNullable(rs.getString(9))));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    public synchronized void markDelivered(long id) {
        update("UPDATE outbox SET state = 'delivered', attempts = attempts + 1 WHERE id = ?", p -> p.setLong(1, id));
    }

    public synchronized void markRejected(long id, String error) {
        update("UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ? WHERE id = ?", p -> {
            p.setString(1, error);
            p.setLong(2, id);
        });
    }

    public synchronized OutboxSummary outboxSummary() {
        return query("SELECT SUM(state = 'pending'), SUM(state = 'rejected'), MIN(CASE WHEN state = 'pending' "
                + "THEN created_ms END) FROM outbox", rs -> {
                    rs.next();
                    long oldest = rs.getLong(3);
                    boolean none = rs.wasNull();
                    return new OutboxSummary(rs.getInt(1), rs.getInt(2),
                            none ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
                });
    }

    /** Pool member rows, for recovery step 5 and the pool index. */
    public synchronized PoolMemberTable poolMembers() {
        return new PoolMemberTable(connection, this);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<StoredSession> sessions(String where, Binder binder) {
        List<StoredSession> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT session_id, attempt, source, organization_id, "
                + "spec_json, handle_json, pid, pid_start, stop_mode, result_json FROM sessions " + where)) {
            binder.bind(p);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long pid = rs.getLong(7);
                    boolean noPid = rs.wasNull();
                    String start = rs.getString(8);
                    String stop = rs.getString(9);
                    out.add(new StoredSession(rs.getString(1), rs.getInt(2), SessionSource.fromWire(rs.getString(3)),
                            rs.getString(4), rs.getString(5), HandleCodec.read(rs.getString(6)),
                            noPid ? Optional.empty() : Optional.of(pid),
                            start == null ? Optional.empty() : Optional.of(Instant.parse(start)),
                            stop == null ? Optional.empty() : Optional.of(FailureMode.fromControlWire(stop)),
                            Optional.ofNullable(rs.getString(10))));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    private Optional<SessionState> state(String sessionId) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT state FROM sessions WHERE session_id = ?")) {
            p.setString(1, sessionId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(SessionState.fromWire(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private void transition(String sessionId, SessionState from, SessionState to, Instant at) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO session_transitions (session_id, "
                + "from_state, to_state, at_ms) VALUES (?,?,?,?)")) {
            p.setString(1, sessionId);
            p.setString(2, from == null ? null : from.wire());
            p.setString(3, to.wire());
            p.setLong(4, at.toEpochMilli());
            p.executeUpdate();
        }
    }

    private static void setInstant(PreparedStatement p, int index, Instant value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setLong(index, value.toEpochMilli());
        }
    }

    private void update(String sql, Binder binder) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            binder.bind(p);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <T> T query(String sql, Reader<T> reader) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs {@code work} in a transaction; nested calls join the outer one. */
    void inTransaction(Work work) {
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
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("state.db: " + e.getMessage(), e);
    }

    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
