package ai.rensei.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: columns separated by two spaces, padded to the widest cell, no trailing blanks. */
public final class TextTable {

    private static final String GAP = "  ";

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = headers.clone();
    }

    /** Adds a row; missing cells are blank, extra cells are an error. */
    public TextTable row(String... cells) {
        if (cells.length > headers.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.length + " columns");
        }
        rows.add(Arrays.copyOf(cells, headers.length));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The header line followed by one line per row. */
    public List<String> lines() {
        int[] widths = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            widths[c] = headers[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], cell(row, c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(headers, widths));
        rows.forEach(row -> lines.add(line(row, widths)));
        return lines;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String value = cell(cells, c);
            text.append(value);
            if (c < widths.length - 1) {
                text.append(" ".repeat(widths[c] - value.length())).append(GAP);
            }
        }
        return text.toString().stripTrailing();
    }

    private static String cell(String[] cells, int column) {
        return cells[column] == null ? "" : cells[column];
    }
}
