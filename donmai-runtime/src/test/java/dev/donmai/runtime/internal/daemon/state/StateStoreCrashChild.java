package dev.donmai.runtime.internal.daemon.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run by {@link StateStoreCrashTest} in a JVM of its own: commits one session through the store, leaves another
 * write open in a transaction, says {@code ready} and waits to be killed with SIGKILL.
 */
public final class StateStoreCrashChild {

    private StateStoreCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        StateStore store = StateStore.open(db);
        store.insertAccepted(Rows.accepted("committed", Rows.T0));
        store.recordStopMode("committed", dev.donmai.contracts.session.FailureMode.OPERATOR_CANCELLED);
        Connection open = DriverManager.getConnection("jdbc:sqlite:" + db);
        open.setAutoCommit(false);
        try (Statement s = open.createStatement()) {
            s.execute("UPDATE sessions SET state = 'running'");
            s.execute("INSERT INTO outbox (kind, session_id, idempotency_key, body_json, created_ms) VALUES "
                    + "('status', 'committed', 'uncommitted', '{}', 0)");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
