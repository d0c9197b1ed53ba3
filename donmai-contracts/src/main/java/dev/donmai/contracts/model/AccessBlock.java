package dev.donmai.contracts.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a machine's access configuration.
 *
 * @param authOrder the preferred order when the requested mode is not effective; may be empty (then the
 *                  {@link AuthMode#LADDER} decides)
 * @param matrix    cells by row, then by auth mode; a row is a model name, a company name or {@code *} (any); row
 *                  keys are non-blank. Iteration keeps the given row order and {@link AuthMode} declaration order.
 */
public record AccessBlock(List<AuthMode> authOrder, Map<String, Map<AuthMode, CellRule>> matrix) {

    /** The row that applies to every company and model. */
    public static final String ANY_ROW = "*";

    public AccessBlock {
        authOrder = List.copyOf(authOrder);
        Objects.requireNonNull(matrix, "matrix");
        Map<String, Map<AuthMode, CellRule>> rows = new LinkedHashMap<>();
        matrix.forEach((row, cells) -> {
            AccessRequest.requireNonBlank(row, "matrix");
            Objects.requireNonNull(cells, "matrix");
            EnumMap<AuthMode, CellRule> copy = new EnumMap<>(AuthMode.class);
            cells.forEach((mode, rule) -> copy.put(
                    Objects.requireNonNull(mode, "matrix"), Objects.requireNonNull(rule, "matrix")));
            rows.put(row, Collections.unmodifiableMap(copy));
        });
        matrix = Collections.unmodifiableMap(rows);
    }

    /** A block with no auth order. */
    public static AccessBlock of(Map<String, Map<AuthMode, CellRule>> matrix) {
        return new AccessBlock(List.of(), matrix);
    }

    /** A block that narrows nothing. */
    public static AccessBlock empty() {
        return new AccessBlock(List.of(), Map.of());
    }

    /** The cell on one row for one mode, when the block has it. */
    public Optional<CellRule> cell(String row, AuthMode mode) {
        Map<AuthMode, CellRule> cells = matrix.get(row);
        return cells == null ? Optional.empty() : Optional.ofNullable(cells.get(mode));
    }
}
