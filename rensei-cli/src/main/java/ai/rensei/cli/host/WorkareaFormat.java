package ai.rensei.cli.host;

import ai.rensei.cli.output.TextTable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Human views of the {@code /workareas} replies (host.md §1.3): an {@code active} and an {@code archived} section, each
 * a table {@code ID  SESSION  REPOSITORY  REF  STATUS} or {@value #NONE}; both empty is {@value #EMPTY}. An archived
 * entry has no status of its own: its column reads {@code archived (<reason>)}.
 */
final class WorkareaFormat {

    static final String EMPTY = "No workareas found";
    static final String NONE = "(none)";
    private static final String[][] DETAIL_FIELDS = {
        {"Kind", "kind"}, {"ID", "id"}, {"Session", "sessionId"}, {"Project", "projectId"},
        {"Repository", "repository"}, {"Ref", "ref"}, {"Status", "status"}, {"Path", "path"},
        {"Provider", "providerId"}, {"Acquired", "acquiredAt"}, {"Archived", "archivedAt"}, {"Reason", "reason"},
        {"Size (bytes)", "sizeBytes"},
    };

    private WorkareaFormat() {
    }

    static List<String> table(JsonNode body) {
        JsonNode active = body.path("active");
        JsonNode archived = body.path("archived");
        if (active.isEmpty() && archived.isEmpty()) {
            return List.of(EMPTY);
        }
        List<String> lines = new ArrayList<>();
        lines.add("active");
        lines.addAll(section(active, false));
        lines.add("");
        lines.add("archived");
        lines.addAll(section(archived, true));
        return lines;
    }

    static List<String> detail(JsonNode body) {
        JsonNode workarea = body.has("workarea") ? body.get("workarea") : body;
        LabelledLines lines = new LabelledLines();
        for (String[] field : DETAIL_FIELDS) {
            lines.addPresent(field[0], workarea, field[1]);
        }
        return lines.addObject("Manifest", workarea.path("manifest")).lines();
    }

    private static List<String> section(JsonNode entries, boolean archived) {
        TextTable table = new TextTable("ID", "SESSION", "REPOSITORY", "REF", "STATUS");
        for (JsonNode entry : entries) {
            table.row(JsonText.field(entry, "id"), JsonText.field(entry, "sessionId"),
                    JsonText.field(entry, "repository"), JsonText.field(entry, "ref"),
                    archived ? archivedStatus(entry) : JsonText.field(entry, "status"));
        }
        return table.isEmpty() ? List.of(NONE) : table.lines();
    }

    private static String archivedStatus(JsonNode entry) {
        return JsonText.present(entry, "reason").map(reason -> "archived (" + reason.asText() + ")").orElse("archived");
    }
}
