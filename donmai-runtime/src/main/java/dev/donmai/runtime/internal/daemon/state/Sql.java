package dev.donmai.runtime.internal.daemon.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prepared-statement plumbing shared by the state.db tables; callers hold the store's lock. */
final class Sql {

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    int update(String sql, Binder binder) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            binder.bind(p);
            return p.executeUpdate();
        }
    }

    <T> List<T> list(String sql, Binder binder, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
        }
        return out;
    }

    <T> Optional<T> first(String sql, Binder binder, Row<T> row) throws SQLException {
        List<T> rows = list(sql, binder, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static void setMillis(PreparedStatement p, int index, Instant value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setLong(index, value.toEpochMilli());
        }
    }

    static void setInteger(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, value);
        }
    }

    static Optional<Instant> millis(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("state.db: " + e.getMessage(), e);
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        Binder NONE = p -> {
        };

        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
