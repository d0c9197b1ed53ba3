package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDbPoolIndexTest extends PoolIndexContract {

    @TempDir
    Path home;

    @Override
    PoolIndex newIndex() {
        return new StateDbPoolIndex(home.resolve("state.db"));
    }

    @Test
    void rowsOutliveTheIndexInAPrivateWalFile() throws Exception {
        PoolMember ready = member("pm-1", MAIN, T0, MemberStatus.READY);
        index.put(ready);
        index.close();
        try (StateDbPoolIndex reopened = new StateDbPoolIndex(home.resolve("state.db"))) {
            assertThat(reopened.find("pm-1")).contains(ready);
        }
        Path db = home.resolve("state.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = raw.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void nothingIsCreatedBeforeTheFirstCall() {
        assertThat(new StateDbPoolIndex(home.resolve("later").resolve("state.db")).file())
                .isEqualTo(home.resolve("later").resolve("state.db"));
        assertThat(home.resolve("later")).doesNotExist();
    }
}
