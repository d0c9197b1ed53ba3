package dev.donmai.runtime.internal.daemon.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code outbox} table (protocol.md §6.4). Callers hold the store's lock. */
final class OutboxTable {

    private static final String COLUMNS = "id, kind, session_id, attempt, claim_id, idempotency_key, body_json, "
            + "created_ms, attempts, next_attempt_ms, state, last_error";

    private final Sql sql;

    OutboxTable(Sql sql) {
        this.sql = sql;
    }

    /** Inserts {@code entry}; a known idempotency key is left as it is. Returns the row id either way. */
    long insert(OutboxEntry entry) throws SQLException {
        try (PreparedStatement p = sql.connection().prepareStatement("INSERT OR IGNORE INTO outbox (kind, "
                + "session_id, attempt, claim_id, idempotency_key, body_json, created_ms, attempts, next_attempt_ms, "
                + "state, last_error) VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, entry.kind().wire());
            p.setString(2, entry.sessionId());
            p.setInt(3, entry.attempt());
            p.setString(4, entry.claimId().orElse(null));
            p.setString(5, entry.idempotencyKey());
            p.setString(6, entry.bodyJson());
            p.setLong(7, entry.createdAt().toEpochMilli());
            p.setInt(8, entry.tries());
            p.setLong(9, entry.nextAttemptAt().toEpochMilli());
            p.setString(10, entry.state().wire());
            p.setString(11, entry.lastError().orElse(null));
            if (p.executeUpdate() == 1) {
                try (ResultSet keys = p.getGeneratedKeys()) {
                    if (keys.next()) {
                        return keys.getLong(1);
                    }
                }
            }
        }
        return sql.first("SELECT id FROM outbox WHERE idempotency_key = ?", p -> p.setString(1,
                entry.idempotencyKey()), rs -> rs.getLong(1)).orElseThrow();
    }

    Optional<OutboxEntry> find(long id) throws SQLException {
        return sql.first("SELECT " + COLUMNS + " FROM outbox WHERE id = ?", p -> p.setLong(1, id), OutboxTable::read);
    }

    /** Pending rows in insertion order; with {@code dueAt}, only those whose retry time has come. */
    List<OutboxEntry> pending(Instant dueAt, int limit) throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM outbox WHERE state = 'pending' AND next_attempt_ms <= ? "
                + "ORDER BY id LIMIT ?", p -> {
                    p.setLong(1, dueAt == null ? Long.MAX_VALUE : dueAt.toEpochMilli());
                    p.setInt(2, limit);
                }, OutboxTable::read);
    }

    List<OutboxEntry> forSession(String sessionId) throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM outbox WHERE session_id = ? ORDER BY id",
                p -> p.setString(1, sessionId), OutboxTable::read);
    }

    /** Ends a pending row's delivery as {@code state}; one more try counted. */
    int settle(long id, OutboxState state, String error) throws SQLException {
        return sql.update("UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = COALESCE(?, last_error) "
                + "WHERE id = ? AND state = 'pending'", p -> {
                    p.setString(1, state.wire());
                    p.setString(2, error);
                    p.setLong(3, id);
                });
    }

    int retryLater(long id, Instant next, String error) throws SQLException {
        return sql.update("UPDATE outbox SET attempts = attempts + 1, next_attempt_ms = ?, last_error = ? "
                + "WHERE id = ? AND state = 'pending'", p -> {
                    p.setLong(1, next.toEpochMilli());
                    p.setString(2, error);
                    p.setLong(3, id);
                });
    }

    int supersede(String sessionId, int belowAttempt) throws SQLException {
        return sql.update("UPDATE outbox SET state = 'superseded' WHERE session_id = ? AND attempt < ? "
                + "AND state = 'pending'", p -> {
                    p.setString(1, sessionId);
                    p.setInt(2, belowAttempt);
                });
    }

    /** Deletes delivered rows created before {@code deliveredBefore} and rejected or superseded ones before the other. */
    int purge(Instant deliveredBefore, Instant rejectedBefore) throws SQLException {
        return sql.update("DELETE FROM outbox WHERE (state = 'delivered' AND created_ms < ?) "
                + "OR (state IN ('rejected', 'superseded') AND created_ms < ?)", p -> {
                    p.setLong(1, deliveredBefore.toEpochMilli());
                    p.setLong(2, rejectedBefore.toEpochMilli());
                });
    }

    OutboxSummary summary() throws SQLException {
        return sql.first("SELECT COALESCE(SUM(state = 'pending'), 0), COALESCE(SUM(state = 'rejected'), 0), "
                + "MIN(CASE WHEN state = 'pending' THEN created_ms END) FROM outbox", Sql.Binder.NONE,
                rs -> new OutboxSummary(rs.getInt(1), rs.getInt(2), Sql.millis(rs, 3))).orElseThrow();
    }

    private static OutboxEntry read(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong(1), OutboxKind.fromWire(rs.getString(2)), rs.getString(3), rs.getInt(4),
                Optional.ofNullable(rs.getString(5)), rs.getString(6), rs.getString(7),
                Instant.ofEpochMilli(rs.getLong(8)), rs.getInt(9), Instant.ofEpochMilli(rs.getLong(10)),
                OutboxState.fromWire(rs.getString(11)), Optional.ofNullable(rs.getString(12)));
    }
}
