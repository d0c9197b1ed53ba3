package ai.rensei.cli.host;

import ai.rensei.cli.output.TextTable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Human views of the routing replies. {@code --plain} is host.md §1.3's layout:
 *
 * <pre>
 * weights:
 *   capability: 1.0
 * sandbox-providers:
 *   local  ready  maxConcurrent=8
 * llm-providers:
 *   stub  ready
 * </pre>
 *
 * A provider's columns are aligned within its list; {@code maxConcurrent} is left out when {@code null} (no limit) and
 * an LLM provider's models follow as {@code models=a,b} when it has any. Without {@code --plain} the same content is
 * three tables separated by blank lines.
 */
final class RoutingFormat {

    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private RoutingFormat() {
    }

    static List<String> plain(JsonNode config) {
        List<String> lines = new ArrayList<>();
        lines.add("weights:");
        weights(config).forEach(weight -> lines.add(INDENT + weight[0] + ": " + weight[1]));
        lines.add("sandbox-providers:");
        lines.addAll(aligned(sandboxRows(config, true)));
        lines.add("llm-providers:");
        lines.addAll(aligned(llmRows(config, true)));
        return lines;
    }

    static List<String> tables(JsonNode config) {
        TextTable weights = new TextTable("WEIGHT", "VALUE");
        weights(config).forEach(weights::row);
        TextTable sandboxes = new TextTable("SANDBOX PROVIDER", "STATUS", "MAX CONCURRENT");
        sandboxRows(config, false).forEach(sandboxes::row);
        TextTable llms = new TextTable("LLM PROVIDER", "STATUS", "MODELS");
        llmRows(config, false).forEach(llms::row);
        List<String> lines = new ArrayList<>(weights.lines());
        lines.add("");
        lines.addAll(sandboxes.lines());
        lines.add("");
        lines.addAll(llms.lines());
        return lines;
    }

    static List<String> explain(JsonNode body) {
        JsonNode decision = body.path("decision");
        List<String> lines = new ArrayList<>(new LabelledLines()
                .add("Session", JsonText.present(body, "sessionId").map(JsonNode::asText)
                        .orElse(JsonText.field(decision, "sessionId")))
                .add("Sandbox", JsonText.field(decision, "chosenSandbox"))
                .add("LLM", JsonText.field(decision, "chosenLLM"))
                .add("Decided", JsonText.field(decision, "decidedAt"))
                .lines());
        lines.add("");
        lines.add("trace:");
        TextTable trace = new TextTable("STEP", "PHASE", "DIMENSION", "REMAINING");
        for (JsonNode step : body.path("trace")) {
            List<String> remaining = JsonText.items(step.path("remaining"));
            trace.row(JsonText.field(step, "step"), JsonText.field(step, "phase"), JsonText.field(step, "dimension"),
                    remaining.isEmpty() ? "(none)" : String.join(", ", remaining));
        }
        lines.addAll(trace.lines());
        return lines;
    }

    private static List<String[]> weights(JsonNode config) {
        List<String[]> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = config.path("weights").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            rows.add(new String[] {entry.getKey(), JsonText.scalar(entry.getValue())});
        }
        return rows;
    }

    private static List<String[]> sandboxRows(JsonNode config, boolean plain) {
        List<String[]> rows = new ArrayList<>();
        for (JsonNode provider : config.path("sandboxProviders")) {
            String max = JsonText.present(provider, "maxConcurrent").map(JsonText::scalar).orElse(null);
            String cell = plain ? (max == null ? "" : "maxConcurrent=" + max) : (max == null ? "unlimited" : max);
            rows.add(new String[] {JsonText.field(provider, "id"), JsonText.field(provider, "status"), cell});
        }
        return rows;
    }

    private static List<String[]> llmRows(JsonNode config, boolean plain) {
        List<String[]> rows = new ArrayList<>();
        for (JsonNode provider : config.path("llmProviders")) {
            String models = String.join(",", JsonText.items(provider.path("models")));
            String cell = plain ? (models.isEmpty() ? "" : "models=" + models) : (models.isEmpty() ? "-" : models);
            rows.add(new String[] {JsonText.field(provider, "id"), JsonText.field(provider, "status"), cell});
        }
        return rows;
    }

    /** Rows indented by two spaces, columns padded to the widest cell and separated by two spaces. */
    private static List<String> aligned(List<String[]> rows) {
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(INDENT);
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]).append(" ".repeat(widths[c] - row[c].length())).append(GAP);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
