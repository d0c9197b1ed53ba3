package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code sessions} and {@code session_transitions} tables. The handle is kept whole as JSON (what the API shows)
 * and its outcome fields again as columns, written together from the same handle so they never disagree. Callers
 * hold the store's lock and, for multi-statement changes, its transaction.
 */
final class SessionTable {

    private static final String COLUMNS = "session_id, attempt, source, organization_id, spec_json, handle_json, "
            + "pid, pid_start, stop_mode, result_json, claim_id";
    private static final String TERMINAL = Stream.of(SessionState.values()).filter(SessionState::isTerminal)
            .map(s -> "'" + s.wire() + "'").collect(Collectors.joining(", ", "(", ")"));

    private final Sql sql;

    SessionTable(Sql sql) {
        this.sql = sql;
    }

    Optional<StoredSession> find(String sessionId) throws SQLException {
        return sql.first("SELECT " + COLUMNS + " FROM sessions WHERE session_id = ?", p -> p.setString(1, sessionId),
                SessionTable::read);
    }

    List<StoredSession> nonTerminal() throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM sessions WHERE state NOT IN " + TERMINAL
                + " ORDER BY accepted_ms, session_id", Sql.Binder.NONE, SessionTable::read);
    }

    List<StoredSession> terminalSince(Instant since, int limit) throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM sessions WHERE state IN " + TERMINAL + " AND ended_ms >= ? "
                + "ORDER BY ended_ms DESC, session_id LIMIT ?", p -> {
                    p.setLong(1, since.toEpochMilli());
                    p.setInt(2, limit);
                }, SessionTable::read);
    }

    /** Inserts a new row, or replaces an older attempt's row wholesale (its transitions stay, tagged by attempt). */
    void upsert(StoredSession s, boolean replace) throws SQLException {
        String insert = "INSERT INTO sessions (session_id, attempt, source, organization_id, spec_json, state, "
                + "handle_json, accepted_ms, claim_id) VALUES (?,?,?,?,?,?,?,?,?)";
        String update = "UPDATE sessions SET attempt = ?, source = ?, organization_id = ?, spec_json = ?, state = ?, "
                + "handle_json = ?, accepted_ms = ?, claim_id = ?, ended_ms = NULL, pid = NULL, pid_start = NULL, "
                + "stop_mode = NULL, result_json = NULL WHERE session_id = ?";
        sql.update(replace ? update : insert, p -> {
            int i = 1;
            if (!replace) {
                p.setString(i++, s.sessionId());
            }
            p.setInt(i++, s.attempt());
            p.setString(i++, s.source().wire());
            p.setString(i++, s.organizationId());
            p.setString(i++, s.specJson());
            p.setString(i++, s.handle().state().wire());
            p.setString(i++, HandleCodec.json(HandleCodec.write(s.handle())));
            p.setLong(i++, s.handle().acceptedAt().toEpochMilli());
            p.setString(i++, s.claimId().orElse(null));
            if (replace) {
                p.setString(i, s.sessionId());
            }
        });
        writeHandle(s.handle());
    }

    /** Writes the handle and the columns derived from it. */
    void writeHandle(SessionHandle h) throws SQLException {
        sql.update("UPDATE sessions SET state = ?, handle_json = ?, started_ms = ?, ended_ms = ?, failure_mode = ?, "
                + "verdict = ?, exit_code = ?, worktree_path = ? WHERE session_id = ?", p -> {
                    p.setString(1, h.state().wire());
                    p.setString(2, HandleCodec.json(HandleCodec.write(h)));
                    Sql.setMillis(p, 3, h.startedAt());
                    Sql.setMillis(p, 4, h.endedAt());
                    p.setString(5, h.failureMode() == null ? null : h.failureMode().controlWire());
                    p.setString(6, h.verdict() == null ? null : h.verdict().wire());
                    Sql.setInteger(p, 7, h.exitCode());
                    p.setString(8, h.worktreePath());
                    p.setString(9, h.sessionId());
                });
    }

    int setProcess(String sessionId, long pid, Instant start) throws SQLException {
        return sql.update("UPDATE sessions SET pid = ?, pid_start = ? WHERE session_id = ?", p -> {
            p.setLong(1, pid);
            p.setString(2, start.toString());
            p.setString(3, sessionId);
        });
    }

    int setStopModeIfUnset(String sessionId, FailureMode mode) throws SQLException {
        return sql.update("UPDATE sessions SET stop_mode = ? WHERE session_id = ? AND stop_mode IS NULL", p -> {
            p.setString(1, mode.controlWire());
            p.setString(2, sessionId);
        });
    }

    int setClaim(String sessionId, String claimId) throws SQLException {
        return sql.update("UPDATE sessions SET claim_id = ? WHERE session_id = ?", p -> {
            p.setString(1, claimId);
            p.setString(2, sessionId);
        });
    }

    int setResult(String sessionId, String resultJson) throws SQLException {
        return sql.update("UPDATE sessions SET result_json = ? WHERE session_id = ?", p -> {
            p.setString(1, resultJson);
            p.setString(2, sessionId);
        });
    }

    void addTransition(String sessionId, int attempt, SessionState from, SessionState to, Instant at)
            throws SQLException {
        sql.update("INSERT INTO session_transitions (session_id, attempt, from_state, to_state, at_ms) "
                + "VALUES (?,?,?,?,?)", p -> {
                    p.setString(1, sessionId);
                    p.setInt(2, attempt);
                    p.setString(3, from == null ? null : from.wire());
                    p.setString(4, to.wire());
                    p.setLong(5, at.toEpochMilli());
                });
    }

    List<Transition> transitions(String sessionId) throws SQLException {
        return sql.list("SELECT from_state, to_state, at_ms, attempt FROM session_transitions WHERE session_id = ? "
                + "ORDER BY id", p -> p.setString(1, sessionId), rs -> {
                    String from = rs.getString(1);
                    return new Transition(sessionId, from == null ? null : SessionState.fromWire(from),
                            SessionState.fromWire(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)), rs.getInt(4));
                });
    }

    /** Deletes terminal rows (and their transitions) ended before {@code before} or past the newest {@code keep}. */
    int purgeTerminal(Instant before, int keep) throws SQLException {
        String doomed = "SELECT session_id FROM sessions WHERE state IN " + TERMINAL + " AND (ended_ms < ? OR "
                + "session_id NOT IN (SELECT session_id FROM sessions WHERE state IN " + TERMINAL
                + " ORDER BY ended_ms DESC, session_id LIMIT ?))";
        Sql.Binder bind = p -> {
            p.setLong(1, before.toEpochMilli());
            p.setInt(2, keep);
        };
        sql.update("DELETE FROM session_transitions WHERE session_id IN (" + doomed + ")", bind);
        return sql.update("DELETE FROM sessions WHERE session_id IN (" + doomed + ")", bind);
    }

    /** Fills the outcome columns version 2 added from every row's stored handle. */
    void backfillColumns() throws SQLException {
        for (String json : sql.list("SELECT handle_json FROM sessions", Sql.Binder.NONE, rs -> rs.getString(1))) {
            writeHandle(HandleCodec.read(json));
        }
    }

    private static StoredSession read(ResultSet rs) throws SQLException {
        long pid = rs.getLong(7);
        boolean noPid = rs.wasNull();
        String start = rs.getString(8);
        String stop = rs.getString(9);
        return new StoredSession(rs.getString(1), rs.getInt(2), SessionSource.fromWire(rs.getString(3)),
                rs.getString(4), rs.getString(5), HandleCodec.read(rs.getString(6)),
                noPid ? Optional.empty() : Optional.of(pid),
                start == null ? Optional.empty() : Optional.of(Instant.parse(start)),
                stop == null ? Optional.empty() : Optional.of(FailureMode.fromControlWire(stop)),
                Optional.ofNullable(rs.getString(10)), Optional.ofNullable(rs.getString(11)));
    }
}
