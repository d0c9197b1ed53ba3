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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * opencode's {@code run --format json} lines ({@code {type, timestamp, sessionID, part}}; sessions.md §12). opencode
 * reports no session start, so an {@code Init} carrying {@code sessionID} is synthesized before the first line;
 * {@code text} → AssistantText ({@code part.text}); {@code tool_use} → ToolUse ({@code part.callID, part.tool,
 * part.state.input}) and, once its state is {@code completed} or {@code error}, ToolResult
 * ({@code state.output}/{@code state.error}). {@code step_start} is dropped and {@code step_finish} only adds up cost
 * and tokens. The result comes at EOF: an {@code error} line seen → {@code Result(success = false)}; else a last
 * {@code step_finish.reason} other than {@code tool-calls} → {@code Result(success = exit 0)} with the summed cost
 * and tokens; else nothing, and the stream ends as {@code silent-exit}.
 */
final class OpencodeRunParser implements LineParser {

    /** Subtype of the failed result after an {@code error} line. */
    static final String ERROR = "error";

    private final Set<String> toolUses = new HashSet<>();
    private final List<String> errors = new ArrayList<>();
    private boolean initDone;
    private boolean errorSeen;
    private @Nullable String lastReason;
    private @Nullable String lastText;
    private double cost;
    private boolean costSeen;
    private Usage usage = Usage.ZERO;
    private boolean usageSeen;

    @Override
    public synchronized ParseResult parse(String line, Instant at) {
        Optional<ObjectNode> parsed = Json.object(line);
        if (parsed.isEmpty()) {
            return ParseResult.unparsed();
        }
        ObjectNode node = parsed.get();
        String type = Json.text(node, "type");
        if (type == null) {
            return ParseResult.unparsed();
        }
        List<AgentEvent> out = new ArrayList<>();
        if (!initDone) {
            initDone = true;
            out.add(new AgentEvent.Init(at, Json.nonBlank(node, "sessionID"), null, List.of(), null, true));
        }
        JsonNode part = node.path("part");
        switch (type) {
            case "step_start" -> {
            }
            case "text" -> {
                String text = Json.text(part, "text");
                if (text != null && !text.isBlank()) {
                    lastText = text;
                    out.add(new AgentEvent.AssistantText(at, text, Json.nonBlank(part, "id"), null));
                }
            }
            case "tool_use" -> toolUse(part, at, out);
            case "step_finish" -> stepFinish(part);
            case "error" -> {
                errorSeen = true;
                String message = errorMessage(node.path("error"));
                if (message != null) {
                    errors.add(message);
                }
            }
            default -> out.add(new AgentEvent.SystemNotice(at, type, null, line, null, null));
        }
        return ParseResult.of(out);
    }

    private void toolUse(JsonNode part, Instant at, List<AgentEvent> out) {
        String id = Json.nonBlank(part, "callID");
        String tool = Json.nonBlank(part, "tool");
        tool = tool == null ? "unknown" : tool;
        JsonNode state = part.path("state");
        if (id == null || toolUses.add(id)) {
            out.add(new AgentEvent.ToolUse(at, id, tool, Json.map(state.get("input")), ToolCategories.of(tool), null));
        }
        String status = Json.text(state, "status");
        if ("completed".equals(status) || "error".equals(status)) {
            boolean isError = "error".equals(status);
            String content = Json.text(state, isError ? "error" : "output");
            out.add(new AgentEvent.ToolResult(at, id, tool, content == null ? "" : content, isError, null));
        }
    }

    private void stepFinish(JsonNode part) {
        lastReason = Json.text(part, "reason");
        Double stepCost = Json.amount(part, "cost");
        if (stepCost != null) {
            cost += stepCost;
            costSeen = true;
        }
        JsonNode tokens = part.get("tokens");
        if (tokens != null && tokens.isObject()) {
            JsonNode cache = tokens.path("cache");
            usage = usage.plus(new Usage(Json.count(tokens, "input"), Json.count(tokens, "output"),
                    Json.count(cache, "read"), Json.count(cache, "write")));
            usageSeen = true;
        }
    }

    private static @Nullable String errorMessage(JsonNode error) {
        if (error == null || error.isMissingNode() || error.isNull()) {
            return null;
        }
        String message = Json.nonBlank(error.path("data"), "message");
        if (message == null) {
            message = Json.nonBlank(error, "message");
        }
        if (message == null) {
            message = Json.nonBlank(error, "name");
        }
        return message;
    }

    @Override
    public synchronized List<AgentEvent> onEnd(@Nullable Integer exitCode, Instant now) {
        Double totalCost = costSeen ? cost : null;
        Usage totalUsage = usageSeen ? usage : null;
        if (errorSeen) {
            return List.of(new AgentEvent.Result(now, false, ERROR, lastText, errors, totalCost, totalUsage, null,
                    null));
        }
        if (lastReason != null && !"tool-calls".equals(lastReason)) {
            boolean success = exitCode != null && exitCode == 0;
            return List.of(new AgentEvent.Result(now, success, success ? "success" : "exit", lastText,
                    success ? List.of() : List.of("exit code " + exitCode), totalCost, totalUsage, null, null));
        }
        return List.of();
    }
}
