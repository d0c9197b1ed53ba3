package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.contracts.provider.Nullable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The {@code pool_members} table of state.db (sessions.md §13: one row per warm-pool member), as crash recovery sees
 * it (§15 step 5). The git provider's {@code StateDbPoolIndex} reads and writes the same table through its own
 * connection.
 */
public final class PoolMemberTable {

    /**
     * The columns recovery needs.
     *
     * @param id         the member id ({@code pm-…})
     * @param path       its directory, normally {@code <home>/cache/pool/<id>}
     * @param status     {@code warming}, {@code ready}, {@code acquired}, {@code releasing}, {@code invalid} or
     *                   {@code retired}
     * @param acquiredBy the session that picked it, while acquired
     */
    public record Row(String id, Path path, String status, @Nullable String acquiredBy) {

        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(status, "status");
        }
    }

    private final StateStore store;

    PoolMemberTable(StateStore store) {
        this.store = store;
    }

    /** Every member row, oldest first. */
    public List<Row> all() {
        return store.locked(sql -> sql.list("SELECT id, path, status, acquired_by FROM pool_members "
                + "ORDER BY created_ms, id", Sql.Binder.NONE,
                rs -> new Row(rs.getString(1), Path.of(rs.getString(2)), rs.getString(3), rs.getString(4))));
    }

    /** Deletes a member's row; absent is fine. */
    public void delete(String id) {
        store.locked(sql -> sql.update("DELETE FROM pool_members WHERE id = ?", p -> p.setString(1, id)));
    }
}
