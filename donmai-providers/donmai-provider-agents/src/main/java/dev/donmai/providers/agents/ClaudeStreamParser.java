package dev.donmai.providers.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.LlmCallOrigin;
import dev.donmai.contracts.session.Usage;
import dev.donmai.runtime.spi.harness.LineParser;
import dev.donmai.runtime.spi.harness.ParseResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claude Code's {@code --output-format stream-json --verbose} (sessions.md §12): {@code system/init} → Init; each
 * {@code text} block of an {@code assistant} message → AssistantText; {@code tool_use} blocks → ToolUse; the
 * {@code tool_result} blocks of {@code user} lines → ToolResult; other {@code system} subtypes → SystemNotice,
 * {@code rate_limit_event} → SystemNotice("rate_limit"); {@code result} → Result. Dropped: {@code thinking} blocks
 * and {@code stream_event} deltas. A message's {@code usage} feeds the budget as one {@code LlmCall} per message id,
 * emitted when the next message (or the result) shows the message is complete.
 */
final class ClaudeStreamParser implements LineParser {

    /** Notice subtype of {@code rate_limit_event}. */
    static final String RATE_LIMIT = "rate_limit";

    private final Map<String, String> toolNames = new HashMap<>();
    private final Map<String, Integer> textBlocks = new HashMap<>();
    private @Nullable String currentMessageId;
    private @Nullable String currentModel;
    private @Nullable Usage currentUsage;

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
            case "system" -> ParseResult.of(system(node, line, at));
            case "assistant" -> ParseResult.of(assistant(node, at));
            case "user" -> ParseResult.of(user(node, at));
            case "result" -> ParseResult.of(result(node, at));
            case "rate_limit_event" -> ParseResult.of(
                    new AgentEvent.SystemNotice(at, RATE_LIMIT, null, line, null, null));
            case "stream_event" -> ParseResult.dropped();
            default -> ParseResult.of(new AgentEvent.SystemNotice(at, type, null, line, null, null));
        };
    }

    private static AgentEvent system(ObjectNode node, String line, Instant at) {
        String subtype = Json.nonBlank(node, "subtype");
        if ("init".equals(subtype)) {
            return new AgentEvent.Init(at, Json.nonBlank(node, "session_id"), Json.nonBlank(node, "model"),
                    Json.texts(node, "tools"), Json.nonBlank(node, "cwd"), false);
        }
        return new AgentEvent.SystemNotice(at, subtype == null ? "system" : subtype, Json.text(node, "message"), line,
                null, null);
    }

    private List<AgentEvent> assistant(ObjectNode node, Instant at) {
        JsonNode message = node.path("message");
        String parent = Json.nonBlank(node, "parent_tool_use_id");
        String messageId = Json.nonBlank(message, "id");
        List<AgentEvent> out = new ArrayList<>(completeMessage(messageId, at));
        if (messageId != null) {
            currentMessageId = messageId;
            currentModel = Json.nonBlank(message, "model");
            currentUsage = usage(message.get("usage"));
        }
        for (JsonNode block : message.path("content")) {
            String blockType = Json.text(block, "type");
            if ("text".equals(blockType)) {
                String text = Json.text(block, "text");
                if (text != null && !text.isBlank()) {
                    out.add(new AgentEvent.AssistantText(at, text, textId(messageId), parent));
                }
            } else if ("tool_use".equals(blockType)) {
                String id = Json.nonBlank(block, "id");
                String name = Json.nonBlank(block, "name");
                name = name == null ? "unknown" : name;
                if (id != null) {
                    toolNames.put(id, name);
                }
                out.add(new AgentEvent.ToolUse(at, id, name, Json.map(block.get("input")), ToolCategories.of(name),
                        parent));
            }
            // thinking and redacted_thinking blocks are dropped
        }
        return out;
    }

    /** The id of the n-th text block of a message: the message id, then {@code <id>#2}, … (rule 2: one per event). */
    private @Nullable String textId(@Nullable String messageId) {
        if (messageId == null) {
            return null;
        }
        int n = textBlocks.merge(messageId, 1, Integer::sum);
        return n == 1 ? messageId : messageId + "#" + n;
    }

    private List<AgentEvent> user(ObjectNode node, Instant at) {
        JsonNode content = node.path("message").path("content");
        String parent = Json.nonBlank(node, "parent_tool_use_id");
        List<AgentEvent> out = new ArrayList<>();
        if (!content.isArray()) {
            return out; // the prompt echoed back as a plain string
        }
        for (JsonNode block : content) {
            if ("tool_result".equals(Json.text(block, "type"))) {
                String id = Json.nonBlank(block, "tool_use_id");
                out.add(new AgentEvent.ToolResult(at, id, id == null ? null : toolNames.get(id),
                        contentText(block.get("content")), Json.bool(block, "is_error", false), parent));
            }
        }
        return out;
    }

    /** A tool result's content: a string, or the text of its blocks joined by newlines. */
    static String contentText(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode block : content) {
                String text = Json.text(block, "text");
                parts.add(text != null ? text : block.toString());
            }
            return String.join("\n", parts);
        }
        return content.toString();
    }

    private List<AgentEvent> result(ObjectNode node, Instant at) {
        List<AgentEvent> out = new ArrayList<>(completeMessage(null, at));
        String subtype = Json.nonBlank(node, "subtype");
        boolean success = !Json.bool(node, "is_error", false) && "success".equals(subtype);
        List<String> errors = Json.texts(node, "errors");
        Long numTurns = Json.integer(node, "num_turns");
        Long duration = Json.integer(node, "duration_ms");
        out.add(new AgentEvent.Result(at, success, subtype, Json.text(node, "result"), errors,
                Json.amount(node, "total_cost_usd"), usage(node.get("usage")),
                numTurns == null || numTurns < 0 ? null : numTurns.intValue(),
                duration == null || duration < 0 ? null : duration));
        return out;
    }

    /** The LlmCall of the message in progress, once a different message (or the result) shows it is complete. */
    private List<AgentEvent> completeMessage(@Nullable String nextMessageId, Instant at) {
        if (currentMessageId == null || currentMessageId.equals(nextMessageId)) {
            return List.of();
        }
        Usage usage = currentUsage;
        String model = currentModel;
        currentMessageId = null;
        currentUsage = null;
        if (usage == null) {
            return List.of();
        }
        return List.of(new AgentEvent.LlmCall(at, model, usage.inputTokens(), usage.outputTokens(),
                usage.cacheReadTokens(), null, LlmCallOrigin.PROVIDER));
    }

    static @Nullable Usage usage(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return null;
        }
        return new Usage(Json.count(usage, "input_tokens"), Json.count(usage, "output_tokens"),
                Json.count(usage, "cache_read_input_tokens"), Json.count(usage, "cache_creation_input_tokens"));
    }
}
