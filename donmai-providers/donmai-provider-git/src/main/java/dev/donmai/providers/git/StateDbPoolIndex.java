package dev.donmai.providers.git;

import dev.donmai.runtime.spi.AtomicFiles;
import dev.donmai.runtime.spi.StateDbTables;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@link PoolIndex} in the {@code pool_members} table of the daemon's {@code <stateHome>/state.db} (sessions.md
 * §13), so ready members outlive the process: the daemon's crash recovery (§15 step 5) reads the same table at start,
 * destroys the members caught {@code warming}, {@code releasing} or {@code acquired}, and keeps the {@code ready} ones
 * for the next acquire. Selected with provider key {@code poolIndex: state-db}.
 *
 * <p>It opens its own connection to the file on first use (the daemon's state store holds another); SQLite in WAL
 * mode lets both use the file at once, and {@code busy_timeout} makes one writer wait for the other. The daemon's
 * state store owns the schema version; this class only makes sure its table exists, with {@link #DDL} byte for byte
 * what the store creates, so whichever opens a new file first creates the same table. Instants are kept at
 * millisecond precision. Thread-safe: every method holds the index's lock.
 */
public final class StateDbPoolIndex implements PoolIndex {

    /** The table, exactly as the daemon's state store declares it. */
    static final String DDL = StateDbTables.POOL_MEMBERS_DDL;

    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final String COLUMNS = "id, repository, ref, toolchain_key, commit_sha, path, status, "
            + "clean_state_checksum, disk_usage_bytes, created_ms, last_acquired_ms, acquired_by";
    private static final String OLDEST_FIRST = " ORDER BY created_ms, id";

    private final Path file;
    private Connection connection;

    /** An index over {@code dbFile}; nothing is opened until the first call. */
    public StateDbPoolIndex(Path dbFile) {
        this.file = Objects.requireNonNull(dbFile, "dbFile").toAbsolutePath().normalize();
    }

    /** The state.db file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void put(PoolMember m) {
        Objects.requireNonNull(m, "member");
        update("INSERT OR REPLACE INTO pool_members (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", p -> {
            p.setString(1, m.id());
            p.setString(2, m.key().repository());
            p.setString(3, m.key().ref());
            p.setString(4, m.key().toolchainKey());
            p.setString(5, m.commit());
            p.setString(6, m.path().toString());
            p.setString(7, m.status().wire());
            p.setString(8, m.cleanStateChecksum());
            p.setLong(9, m.diskUsageBytes());
            p.setLong(10, m.createdAt().toEpochMilli());
            if (m.lastAcquiredAt() == null) {
                p.setNull(11, Types.INTEGER);
            } else {
                p.setLong(11, m.lastAcquiredAt().toEpochMilli());
            }
            p.setString(12, m.acquiredBy());
        });
    }

    @Override
    public synchronized void remove(String memberId) {
        update("DELETE FROM pool_members WHERE id = ?", p -> p.setString(1, memberId));
    }

    @Override
    public synchronized Optional<PoolMember> find(String memberId) {
        List<PoolMember> rows = query("SELECT " + COLUMNS + " FROM pool_members WHERE id = ?",
                p -> p.setString(1, memberId));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public synchronized List<PoolMember> members(PoolKey key) {
        return query("SELECT " + COLUMNS + " FROM pool_members WHERE repository = ? AND ref = ? AND toolchain_key = ?"
                + OLDEST_FIRST, p -> {
                    p.setString(1, key.repository());
                    p.setString(2, key.ref());
                    p.setString(3, key.toolchainKey());
                });
    }

    @Override
    public synchronized List<PoolMember> all() {
        return query("SELECT " + COLUMNS + " FROM pool_members" + OLDEST_FIRST, p -> {
        });
    }

    /** Closes the connection; the next call opens it again. */
    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure(e);
            } finally {
                connection = null;
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = open(file);
        }
        return connection;
    }

    private static Connection open(Path file) throws SQLException {
        try {
            AtomicFiles.createPrivateDirectories(file.getParent());
            if (!Files.exists(file)) {
                AtomicFiles.write(file, new byte[0], AtomicFiles.PRIVATE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
        Properties props = new Properties();
        props.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, props);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute(DDL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void update(String sql, Binder binder) {
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            binder.bind(p);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<PoolMember> query(String sql, Binder binder) {
        List<PoolMember> out = new ArrayList<>();
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    private static PoolMember read(ResultSet rs) throws SQLException {
        long lastAcquired = rs.getLong(11);
        Instant lastAcquiredAt = rs.wasNull() ? null : Instant.ofEpochMilli(lastAcquired);
        return new PoolMember(rs.getString(1), new PoolKey(rs.getString(2), rs.getString(3), rs.getString(4)),
                rs.getString(5), Path.of(rs.getString(6)), MemberStatus.valueOf(rs.getString(7)
                        .toUpperCase(Locale.ROOT)), rs.getString(8), rs.getLong(9),
                Instant.ofEpochMilli(rs.getLong(10)), lastAcquiredAt, rs.getString(12));
    }

    private IllegalStateException failure(SQLException e) {
        return new IllegalStateException("state.db pool index " + file + ": " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
