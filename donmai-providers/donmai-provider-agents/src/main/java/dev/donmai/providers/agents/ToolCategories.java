package dev.donmai.providers.agents;

import dev.donmai.contracts.provider.Nullable;
import java.util.Locale;
import java.util.Map;

/**
 * Harness-neutral tool categories for {@code ToolUse.toolCategory}, so consumers (activity, observations) need not
 * know every harness's tool names: {@code shell}, {@code edit}, {@code read}, {@code search}, {@code web},
 * {@code agent}, {@code mcp}, {@code plan}.
 */
final class ToolCategories {

    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("bash", "shell"), Map.entry("shell", "shell"), Map.entry("command_execution", "shell"),
            Map.entry("edit", "edit"), Map.entry("write", "edit"), Map.entry("multiedit", "edit"),
            Map.entry("notebookedit", "edit"), Map.entry("file_change", "edit"), Map.entry("patch", "edit"),
            Map.entry("read", "read"), Map.entry("ls", "read"), Map.entry("list", "read"),
            Map.entry("glob", "search"), Map.entry("grep", "search"),
            Map.entry("webfetch", "web"), Map.entry("websearch", "web"), Map.entry("web_search", "web"),
            Map.entry("task", "agent"), Map.entry("todowrite", "plan"), Map.entry("todo_list", "plan"),
            Map.entry("mcp_tool_call", "mcp"));

    private ToolCategories() {
    }

    /** The category of {@code toolName}, or null when unknown. */
    static @Nullable String of(String toolName) {
        if (toolName == null) {
            return null;
        }
        String name = toolName.toLowerCase(Locale.ROOT);
        if (name.startsWith("mcp__") || name.startsWith("mcp:")) {
            return "mcp";
        }
        return BY_NAME.get(name);
    }
}
