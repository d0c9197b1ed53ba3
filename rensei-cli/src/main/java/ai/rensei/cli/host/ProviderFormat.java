package ai.rensei.cli.host;

import ai.rensei.cli.output.Json;
import ai.rensei.cli.output.TextTable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Human views of the {@code /providers} replies (host.md §1.3). */
final class ProviderFormat {

    static final String EMPTY = "No providers registered";
    private static final String MISSING = "-";
    private static final String[][] DETAIL_FIELDS = {
        {"ID", "id"}, {"Family", "family"}, {"Name", "name"}, {"Version", "version"},
        {"Source", "source"}, {"Status", "status"},
    };

    private ProviderFormat() {
    }

    /** {@code ID  FAMILY  VERSION  STATUS}, or {@value #EMPTY}. Accepts the spec's object or a bare array. */
    static List<String> table(JsonNode body) {
        JsonNode providers = body.isArray() ? body : body.path("providers");
        TextTable table = new TextTable("ID", "FAMILY", "VERSION", "STATUS");
        for (JsonNode provider : providers) {
            table.row(text(provider, "id"), text(provider, "family"), text(provider, "version"), text(provider, "status"));
        }
        return table.isEmpty() ? List.of(EMPTY) : table.lines();
    }

    /** Labelled fields, two-space indent, then the capabilities one per line. */
    static List<String> detail(JsonNode body) {
        JsonNode provider = body.has("provider") ? body.get("provider") : body;
        int width = "Capabilities:".length();
        List<String> lines = new ArrayList<>();
        for (String[] field : DETAIL_FIELDS) {
            lines.add(label(field[0], width) + text(provider, field[1]));
        }
        JsonNode capabilities = provider.path("capabilities");
        if (capabilities.isObject() && !capabilities.isEmpty()) {
            lines.add("  Capabilities:");
            Iterator<Map.Entry<String, JsonNode>> entries = capabilities.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                lines.add("    " + entry.getKey() + ": " + scalar(entry.getValue()));
            }
        } else {
            lines.add(label("Capabilities", width) + (capabilities.isMissingNode() || capabilities.isNull()
                    || capabilities.isEmpty() && capabilities.isContainerNode() ? "none" : scalar(capabilities)));
        }
        return lines;
    }

    private static String label(String name, int width) {
        String text = name + ":";
        return "  " + text + " ".repeat(width - text.length() + 2);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? MISSING : scalar(value);
    }

    private static String scalar(JsonNode value) {
        return value.isValueNode() ? value.asText() : Json.compact(value);
    }
}
