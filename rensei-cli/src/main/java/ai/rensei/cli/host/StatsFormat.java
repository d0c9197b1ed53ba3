package ai.rensei.cli.host;

import ai.rensei.cli.output.TextTable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The human view of {@code GET /stats} (host.md §1.3): labelled rows, {@code Workarea pool:} when the reply carries a
 * pool, and a machine table after a blank line when it carries {@code byMachine}.
 */
final class StatsFormat {

    private StatsFormat() {
    }

    static List<String> lines(JsonNode stats) {
        JsonNode capacity = stats.path("capacity");
        LabelledLines rows = new LabelledLines()
                .add("Worker", worker(stats))
                .add("Registration", RegistrationText.describe(stats.path("registration")))
                .add("Active sessions", JsonText.field(stats, "activeSessions") + " / "
                        + JsonText.field(capacity, "maxConcurrentSessions"))
                .add("Queue depth", JsonText.field(stats, "queueDepth"))
                .add("Capacity", JsonText.field(capacity, "maxConcurrentSessions") + " sessions, "
                        + JsonText.field(capacity, "maxVCpuPerSession") + " vCPU / "
                        + JsonText.field(capacity, "maxMemoryMbPerSession") + " MB per session")
                .add("Allowed projects", allowedProjects(stats.path("allowedProjects")));
        JsonText.present(stats, "pool").ifPresent(pool -> rows.add("Workarea pool", pool(pool)));
        rows.add("Timestamp", JsonText.field(stats, "timestamp"));
        List<String> lines = new ArrayList<>(rows.lines());
        JsonText.present(stats, "byMachine").ifPresent(machines -> {
            lines.add("");
            lines.addAll(machines(machines));
        });
        return lines;
    }

    /** {@code (standalone)} without an orchestrator, {@code <id> (stub)} for a stub registration, else the id. */
    private static String worker(JsonNode stats) {
        String state = stats.path("registration").path("state").asText("");
        return JsonText.present(stats, "workerId").map(JsonNode::asText)
                .map(id -> state.equals("stub") ? id + " (stub)" : id)
                .orElse(state.equals("disabled") ? "(standalone)" : "(not registered)");
    }

    private static String allowedProjects(JsonNode projects) {
        List<String> names = JsonText.items(projects);
        return names.isEmpty() ? "0" : names.size() + " (" + String.join(", ", names) + ")";
    }

    /** {@code key=value, …} for an object; the value's text otherwise. */
    private static String pool(JsonNode pool) {
        if (!pool.isObject()) {
            return JsonText.scalar(pool);
        }
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = pool.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            parts.add(entry.getKey() + "=" + JsonText.scalar(entry.getValue()));
        }
        return parts.isEmpty() ? "empty" : String.join(", ", parts);
    }

    private static List<String> machines(JsonNode machines) {
        TextTable table = new TextTable("MACHINE", "REGION", "STATUS", "VERSION", "SESSIONS", "UPTIME", "LAST SEEN");
        Iterable<JsonNode> entries = machines.isArray() ? machines : List.of(machines);
        for (JsonNode machine : entries) {
            table.row(JsonText.field(machine, "id"), JsonText.field(machine, "region"),
                    JsonText.field(machine, "status"), JsonText.field(machine, "version"),
                    JsonText.field(machine, "activeSessions"),
                    JsonText.present(machine, "uptimeSeconds").map(s -> Uptime.ofSeconds(s.asLong()))
                            .orElse(JsonText.MISSING),
                    JsonText.field(machine, "lastSeenAt"));
        }
        return table.lines();
    }
}
