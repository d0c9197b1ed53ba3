package ai.rensei.cli.host;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A key/value view (host.md §1.3): two-space indent, labels with their colon padded to one column two spaces past
 * the widest, e.g. {@code "  Daemon:        ready"}. A nested object prints as its label alone, then one
 * {@code "    key: value"} line per entry.
 */
final class LabelledLines {

    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private final List<Row> rows = new ArrayList<>();

    private record Row(String label, String value, List<String> nested) {
    }

    /** A row. */
    LabelledLines add(String label, String value) {
        rows.add(new Row(label, value, List.of()));
        return this;
    }

    /** A row for the field when the reply has it (not {@code null}); nothing otherwise. */
    LabelledLines addPresent(String label, JsonNode node, String field) {
        JsonText.present(node, field).ifPresent(value -> add(label, JsonText.scalar(value)));
        return this;
    }

    /** The object's entries under {@code label}, when it is a non-empty object; nothing otherwise. */
    LabelledLines addObject(String label, JsonNode object) {
        if (object.isObject() && !object.isEmpty()) {
            List<String> nested = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                nested.add(INDENT + INDENT + entry.getKey() + ": " + JsonText.scalar(entry.getValue()));
            }
            rows.add(new Row(label, null, nested));
        }
        return this;
    }

    List<String> lines() {
        int width = rows.stream().filter(row -> row.value() != null)
                .mapToInt(row -> row.label().length() + 1).max().orElse(0) + GAP.length();
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            String label = row.label() + ":";
            if (row.value() == null) {
                lines.add(INDENT + label);
                lines.addAll(row.nested());
            } else {
                lines.add((INDENT + label + " ".repeat(width - label.length()) + row.value()).stripTrailing());
            }
        }
        return lines;
    }
}
