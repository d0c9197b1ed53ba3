package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.internal.daemon.state.PoolMemberTable;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.daemon.state.StoredSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's state store and the provider's state.db pool index open one file, in either order, and see one
 * {@code pool_members} table.
 */
class SharedStateDbTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final PoolKey KEY = new PoolKey("https://example.invalid/acme/app.git", "main", "none");

    @TempDir
    Path home;

    @Test
    void storeFirstThenIndexShareTheTable() throws Exception {
        Path db = home.resolve("store-first.db");
        try (StateStore store = StateStore.open(db); StateDbPoolIndex index = new StateDbPoolIndex(db)) {
            index.put(PoolIndexContract.member("pm-1", KEY, T0, MemberStatus.READY));
            assertThat(store.poolMembers().all()).extracting(PoolMemberTable.Row::id, PoolMemberTable.Row::status)
                    .containsExactly(tuple("pm-1", "ready"));
            store.poolMembers().delete("pm-1");
            assertThat(index.all()).isEmpty();
        }
    }

    @Test
    void indexFirstThenStoreShareTheTableAndTheStoreMigratesAroundIt() throws Exception {
        Path db = home.resolve("index-first.db");
        try (StateDbPoolIndex index = new StateDbPoolIndex(db)) {
            index.put(PoolIndexContract.member("pm-1", KEY, T0, MemberStatus.WARMING));
            try (StateStore store = StateStore.open(db)) {
                assertThat(store.schemaVersion()).isEqualTo(2);
                assertThat(store.poolMembers().all()).extracting(PoolMemberTable.Row::id).containsExactly("pm-1");
            }
            assertThat(index.find("pm-1")).isPresent();
        }
    }

    @Test
    void bothOrdersLeaveTheSameDeclaration() throws Exception {
        Path storeFirst = home.resolve("a.db");
        Path indexFirst = home.resolve("b.db");
        try (StateStore store = StateStore.open(storeFirst); StateDbPoolIndex index = new StateDbPoolIndex(storeFirst)) {
            index.all();
        }
        try (StateDbPoolIndex index = new StateDbPoolIndex(indexFirst)) {
            index.all();
            StateStore.open(indexFirst).close();
        }
        assertThat(declaration(storeFirst)).isEqualTo(declaration(indexFirst))
                .isEqualTo(StateDbPoolIndex.DDL.replace("IF NOT EXISTS ", ""));
    }

    @Test
    void bothConnectionsWriteAtOnce() throws Exception {
        Path db = home.resolve("busy.db");
        try (StateStore store = StateStore.open(db); StateDbPoolIndex index = new StateDbPoolIndex(db)) {
            CompletableFuture<Void> members = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 80; i++) {
                    index.put(PoolIndexContract.member("pm-" + i, KEY, T0.plusMillis(i), MemberStatus.READY));
                }
            });
            CompletableFuture<Void> sessions = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 80; i++) {
                    String id = "s" + i;
                    store.insertAccepted(StoredSession.accepted(id, 1, SessionSource.API, null, null, "{}",
                            SessionHandle.accepted(id, T0)));
                    store.recordTerminal(id, SessionState.COMPLETED, null, null, 0, T0.plusSeconds(1), "{}");
                }
            });
            CompletableFuture.allOf(members, sessions).get();
            assertThat(index.all()).hasSize(80);
            assertThat(store.terminalSince(T0, 500)).hasSize(80);
        }
    }

    private static String declaration(Path db) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = raw.createStatement();
             ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'pool_members'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
