package dev.donmai.providers.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.Usage;
import dev.donmai.runtime.spi.harness.LineParser;
import dev.donmai.runtime.spi.harness.ParseResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codex's {@code exec --json} JSONL (sessions.md §12): {@code thread.started} → Init; a completed
 * {@code agent_message} item → AssistantText; {@code item.started} of {@code command_execution},
 * {@code mcp_tool_call}, {@code file_change}, {@code web_search} → ToolUse (synthesized when only the completion
 * arrives) and their {@code item.completed} → ToolResult ({@code isError} when the status is {@code failed} or the
 * exit code is not 0); {@code item.updated} (and {@code todo_list}) → ToolProgress; an {@code error} line or item →
 * SystemNotice("provider_error"); {@code turn.completed} → Result(success, usage, text = last message);
 * {@code turn.failed} → Result(success = false, subtype {@value #TURN_FAILED}). Dropped: {@code reasoning},
 * {@code turn.started}.
 */
final class CodexExecParser implements LineParser {

    /** Result subtype of {@code turn.failed}. */
    static final String TURN_FAILED = "turn_failed";

    private static final Set<String> TOOL_ITEMS = Set.of("command_execution", "mcp_tool_call", "file_change",
            "web_search");

    private final Set<String> started = new HashSet<>();
    private @Nullable String lastMessage;

    @Override
    public ParseResult parse(String line, Instant at) {
        Optional<ObjectNode> parsed = Json.object(line);
        if (parsed.isEmpty()) {
            return ParseResult.unparsed();
        }
        ObjectNode node = parsed.get();
        String type = Json.text(node, "type");
        if (type == null) {
            return ParseResult.unparsed();
        }
        return switch (type) {
            case "thread.started" -> ParseResult.of(
                    new AgentEvent.Init(at, Json.nonBlank(node, "thread_id"), null, List.of(), null, false));
            case "turn.started" -> ParseResult.dropped();
            case "item.started" -> ParseResult.of(itemStarted(node.path("item"), at));
            case "item.updated" -> ParseResult.of(progress(node.path("item"), at));
            case "item.completed" -> ParseResult.of(itemCompleted(node.path("item"), at));
            case "turn.completed" -> ParseResult.of(new AgentEvent.Result(at, true, "success", lastMessage, List.of(),
                    null, usage(node.get("usage")), null, null));
            case "turn.failed" -> ParseResult.of(turnFailed(node, at));
            case "error" -> ParseResult.of(new AgentEvent.SystemNotice(at, AgentEvent.SystemNotice.PROVIDER_ERROR,
                    Json.text(node, "message"), line, null, null));
            default -> ParseResult.of(new AgentEvent.SystemNotice(at, type, null, line, null, null));
        };
    }

    private List<AgentEvent> itemStarted(JsonNode item, Instant at) {
        String type = Json.text(item, "type");
        if (type != null && TOOL_ITEMS.contains(type)) {
            return List.of(toolUse(item, type, at));
        }
        if ("todo_list".equals(type)) {
            return progress(item, at);
        }
        return List.of(); // agent_message and reasoning are reported when completed
    }

    private List<AgentEvent> itemCompleted(JsonNode item, Instant at) {
        String type = Json.text(item, "type");
        if (type == null) {
            return List.of();
        }
        String id = Json.nonBlank(item, "id");
        switch (type) {
            case "agent_message" -> {
                String text = Json.text(item, "text");
                if (text == null || text.isBlank()) {
                    return List.of();
                }
                lastMessage = text;
                return List.of(new AgentEvent.AssistantText(at, text, id, null));
            }
            case "reasoning" -> {
                return List.of();
            }
            case "todo_list" -> {
                return progress(item, at);
            }
            case "error" -> {
                return List.of(new AgentEvent.SystemNotice(at, AgentEvent.SystemNotice.PROVIDER_ERROR,
                        Json.text(item, "message"), item.toString(), null, null));
            }
            default -> {
                if (!TOOL_ITEMS.contains(type)) {
                    return List.of(new AgentEvent.SystemNotice(at, type, null, item.toString(), null, null));
                }
                List<AgentEvent> out = new ArrayList<>(2);
                if (id == null || !started.contains(id)) {
                    out.add(toolUse(item, type, at)); // only the completion arrived
                }
                out.add(new AgentEvent.ToolResult(at, id, toolName(item, type), resultContent(item, type),
                        isError(item), null));
                return out;
            }
        }
    }

    private AgentEvent.ToolUse toolUse(JsonNode item, String type, Instant at) {
        String id = Json.nonBlank(item, "id");
        if (id != null) {
            started.add(id);
        }
        Map<String, Object> input = new LinkedHashMap<>();
        switch (type) {
            case "command_execution" -> putIfText(input, "command", item);
            case "mcp_tool_call" -> {
                putIfText(input, "server", item);
                putIfText(input, "tool", item);
                if (item.has("arguments")) {
                    input.put("arguments", Json.MAPPER.convertValue(item.get("arguments"), Object.class));
                }
            }
            case "file_change" -> {
                if (item.has("changes")) {
                    input.put("changes", Json.MAPPER.convertValue(item.get("changes"), Object.class));
                }
            }
            case "web_search" -> putIfText(input, "query", item);
            default -> {
            }
        }
        return new AgentEvent.ToolUse(at, id, toolName(item, type), input, ToolCategories.of(type), null);
    }

    /** The item type, or {@code <server>/<tool>} for an MCP call. */
    private static String toolName(JsonNode item, String type) {
        if ("mcp_tool_call".equals(type)) {
            String server = Json.nonBlank(item, "server");
            String tool = Json.nonBlank(item, "tool");
            if (server != null && tool != null) {
                return server + "/" + tool;
            }
        }
        return type;
    }

    private static String resultContent(JsonNode item, String type) {
        return switch (type) {
            case "command_execution" -> {
                String output = Json.text(item, "aggregated_output");
                yield output == null ? "" : output;
            }
            case "mcp_tool_call" -> {
                JsonNode error = item.get("error");
                if (error != null && !error.isNull()) {
                    String message = Json.text(error, "message");
                    yield message != null ? message : error.toString();
                }
                JsonNode result = item.get("result");
                yield result == null || result.isNull() ? "" : ClaudeStreamParser.contentText(result.path("content"));
            }
            case "file_change" -> item.path("changes").toString();
            default -> "";
        };
    }

    private static boolean isError(JsonNode item) {
        if ("failed".equals(Json.text(item, "status"))) {
            return true;
        }
        Long exit = Json.integer(item, "exit_code");
        return exit != null && exit != 0;
    }

    private static List<AgentEvent> progress(JsonNode item, Instant at) {
        String type = Json.text(item, "type");
        String message;
        if ("todo_list".equals(type)) {
            List<String> lines = new ArrayList<>();
            for (JsonNode todo : item.path("items")) {
                lines.add((Json.bool(todo, "completed", false) ? "[x] " : "[ ] ") + Json.text(todo, "text"));
            }
            message = String.join("\n", lines);
        } else {
            message = Json.text(item, "status");
        }
        return List.of(new AgentEvent.ToolProgress(at, Json.nonBlank(item, "id"), type, message, null));
    }

    private static AgentEvent.Result turnFailed(ObjectNode node, Instant at) {
        String message = Json.nonBlank(node.path("error"), "message");
        return new AgentEvent.Result(at, false, TURN_FAILED, message, message == null ? List.of() : List.of(message),
                null, null, null, null);
    }

    /** Codex counts cached tokens inside {@code input_tokens}; {@code Usage.inputTokens} excludes them. */
    private static @Nullable Usage usage(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return null;
        }
        long input = Json.count(usage, "input_tokens");
        long cached = Math.min(input, Json.count(usage, "cached_input_tokens"));
        return new Usage(input - cached, Json.count(usage, "output_tokens"), cached, 0);
    }

    private static void putIfText(Map<String, Object> input, String field, JsonNode item) {
        String value = Json.text(item, field);
        if (value != null) {
            input.put(field, value);
        }
    }
}
