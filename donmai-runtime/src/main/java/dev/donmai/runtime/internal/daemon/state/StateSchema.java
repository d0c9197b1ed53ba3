package dev.donmai.runtime.internal.daemon.state;

import dev.donmai.runtime.spi.StateDbTables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The state.db schema and its forward migrations. {@code PRAGMA user_version} holds the version applied; opening a
 * file runs every later migration in order, each in one transaction with its version bump, so a crash mid-way leaves
 * the file at the last complete version. A file newer than this daemon is refused rather than guessed at.
 *
 * <p>Version 1 is frozen as first written (daemons built from it created files with it); later versions only add.
 * The {@code pool_members} DDL is {@link StateDbTables#POOL_MEMBERS_DDL}, which the git provider's state.db pool index
 * uses too: whichever opens a new file first creates the same table.
 */
final class StateSchema {

    /** The {@code pool_members} table (sessions.md §13), shared with the git provider's pool index. */
    static final String POOL_MEMBERS_DDL = StateDbTables.POOL_MEMBERS_DDL;

    private static final List<String> VERSION_1 = List.of("""
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
            POOL_MEMBERS_DDL,
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
            "CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, id)");

    /**
     * Version 2: the row's outcome as columns (queried without parsing the handle), the claim, the attempt on each
     * transition, and the outbox's attempt, claim and retry time (protocol.md §6.4).
     */
    private static final List<String> VERSION_2 = List.of(
            "ALTER TABLE sessions ADD COLUMN claim_id TEXT",
            "ALTER TABLE sessions ADD COLUMN started_ms INTEGER",
            "ALTER TABLE sessions ADD COLUMN failure_mode TEXT",
            "ALTER TABLE sessions ADD COLUMN verdict TEXT",
            "ALTER TABLE sessions ADD COLUMN exit_code INTEGER",
            "ALTER TABLE sessions ADD COLUMN worktree_path TEXT",
            "CREATE INDEX IF NOT EXISTS sessions_ended ON sessions(ended_ms)",
            "ALTER TABLE session_transitions ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1",
            "UPDATE session_transitions SET attempt = COALESCE((SELECT s.attempt FROM sessions s "
                    + "WHERE s.session_id = session_transitions.session_id), 1)",
            "ALTER TABLE outbox ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE outbox ADD COLUMN claim_id TEXT",
            "ALTER TABLE outbox ADD COLUMN next_attempt_ms INTEGER NOT NULL DEFAULT 0",
            "UPDATE outbox SET next_attempt_ms = created_ms",
            "CREATE INDEX IF NOT EXISTS outbox_session ON outbox(session_id, id)");

    /** The version this daemon writes. */
    static final int LATEST = 2;

    private StateSchema() {
    }

    /**
     * Brings {@code connection}'s file to {@link #LATEST}. Version 2 also fills the new session columns from each
     * row's stored handle ({@code backfill}).
     *
     * @throws SQLException also when the file's version is newer than {@link #LATEST}
     */
    static void migrate(Connection connection, Transactions tx, Backfill backfill) throws SQLException {
        int version = version(connection);
        if (version > LATEST) {
            throw new SQLException("state.db schema " + version + " is newer than this daemon supports (" + LATEST
                    + "); upgrade it");
        }
        for (int next = version + 1; next <= LATEST; next++) {
            int target = next;
            tx.inTransaction(() -> {
                try (Statement s = connection.createStatement()) {
                    for (String sql : statements(target)) {
                        s.execute(sql);
                    }
                }
                if (target == 2) {
                    backfill.run();
                }
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA user_version=" + target);
                }
            });
        }
    }

    /** The file's {@code user_version}. */
    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The statements of one version's migration (the Java backfill of version 2 aside). */
    static List<String> statements(int version) {
        return switch (version) {
            case 1 -> VERSION_1;
            case 2 -> VERSION_2;
            default -> throw new IllegalArgumentException("no migration to " + version);
        };
    }

    /** Runs work in one transaction. */
    @FunctionalInterface
    interface Transactions {
        void inTransaction(StateStore.Work work);
    }

    /** Fills columns a migration added from data already there. */
    @FunctionalInterface
    interface Backfill {
        void run() throws SQLException;
    }
}
