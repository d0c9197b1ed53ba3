package dev.donmai.runtime.internal.daemon.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code pool_members} table of state.db (sessions.md §13: one row per warm-pool member). Crash recovery reads it
 * (§15 step 5): members {@code acquired} without a live session, {@code warming} or {@code releasing} are destroyed,
 * {@code ready} ones are kept.
 */
public final class PoolMemberTable {

    static final String DDL = """
            CREATE TABLE IF NOT EXISTS pool_members (
              id TEXT PRIMARY KEY,
              repository TEXT NOT NULL,
              ref TEXT NOT NULL,
              toolchain_key TEXT NOT NULL,
              commit_sha TEXT NOT NULL,
              path TEXT NOT NULL,
              status TEXT NOT NULL,
              clean_state_checksum TEXT NOT NULL,
              disk_usage_bytes INTEGER NOT NULL,
              created_ms INTEGER NOT NULL,
              last_acquired_ms INTEGER,
              acquired_by TEXT)""";

    /** The columns recovery needs. */
    public record Row(String id, Path path, String status, String acquiredBy) {
    }

    private final Connection connection;
    private final StateStore store;

    PoolMemberTable(Connection connection, StateStore store) {
        this.connection = connection;
        this.store = store;
    }

    /** Every member row. */
    public List<Row> all() {
        synchronized (store) {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT id, path, status, acquired_by FROM pool_members ORDER BY created_ms");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), Path.of(rs.getString(2)), rs.getString(3), rs.getString(4)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("state.db: " + e.getMessage(), e);
            }
            return out;
        }
    }

    /** Deletes a member's row. */
    public void delete(String id) {
        synchronized (store) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM pool_members WHERE id = ?")) {
                p.setString(1, id);
                p.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("state.db: " + e.getMessage(), e);
            }
        }
    }
}
