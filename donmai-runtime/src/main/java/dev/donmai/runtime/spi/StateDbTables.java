package dev.donmai.runtime.spi;

/**
 * Tables of the daemon's {@code <stateHome>/state.db} that a provider shares with the runtime. The runtime's state
 * store owns the file and its schema version; a provider that keeps rows there (the git provider's pool index)
 * creates its table with exactly this DDL, so whichever opens a new file first creates the same table.
 */
public final class StateDbTables {

    /** The warm pool's members (sessions.md §13). */
    public static final String POOL_MEMBERS_DDL = """
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

    private StateDbTables() {
    }
}
