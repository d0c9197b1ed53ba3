package dev.donmai.providers.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.LlmCallOrigin;
import dev.donmai.contracts.session.Usage;
import dev.donmai.runtime.spi.harness.LineParser;
import dev.donmai.runtime.spi.harness.ParseResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The canonical event lines the {@code stub} harness prints: one JSON object per event, {@code kind} being the
 * {@code .agent/events.jsonl} kind and the other fields named as the {@link AgentEvent} record components
 * ({@code {"kind":"assistant_text","text":"…"}}). {@code observedAt} is always the reader's clock, never the line's.
 * A line that is not such an object, or whose fields break the record's rules, is unparseable.
 */
final class CanonicalEventParser implements LineParser {

    @Override
    public ParseResult parse(String line, Instant at) {
        Optional<ObjectNode> parsed = Json.object(line);
        if (parsed.isEmpty()) {
            return ParseResult.unparsed();
        }
        try {
            AgentEvent event = event(parsed.get(), at);
            return event == null ? ParseResult.unparsed() : ParseResult.of(event);
        } catch (ProviderException.ContractViolation | IllegalArgumentException | ArithmeticException e) {
            return ParseResult.unparsed();
        }
    }

    private static AgentEvent event(ObjectNode n, Instant at) {
        String kind = Json.text(n, "kind");
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case AgentEvent.Init.KIND -> new AgentEvent.Init(at, Json.nonBlank(n, "nativeSessionId"),
                    Json.nonBlank(n, "model"), Json.texts(n, "tools"), Json.nonBlank(n, "cwd"),
                    Json.bool(n, "synthesized", false));
            case AgentEvent.SystemNotice.KIND -> new AgentEvent.SystemNotice(at, Json.text(n, "subtype"),
                    Json.text(n, "message"), Json.text(n, "data"), Json.amount(n, "costUsd"), usage(n.get("usage")));
            case AgentEvent.AssistantText.KIND -> new AgentEvent.AssistantText(at, Json.text(n, "text"),
                    Json.nonBlank(n, "messageId"), Json.nonBlank(n, "parentToolUseId"));
            case AgentEvent.ToolUse.KIND -> new AgentEvent.ToolUse(at, Json.nonBlank(n, "toolUseId"),
                    Json.text(n, "toolName"), Json.map(n.get("input")), Json.nonBlank(n, "toolCategory"),
                    Json.nonBlank(n, "parentToolUseId"));
            case AgentEvent.ToolResult.KIND -> new AgentEvent.ToolResult(at, Json.nonBlank(n, "toolUseId"),
                    Json.nonBlank(n, "toolName"), orEmpty(Json.text(n, "content")), Json.bool(n, "isError", false),
                    Json.nonBlank(n, "parentToolUseId"));
            case AgentEvent.ToolProgress.KIND -> new AgentEvent.ToolProgress(at, Json.nonBlank(n, "toolUseId"),
                    Json.nonBlank(n, "toolName"), Json.text(n, "message"), millis(Json.integer(n, "elapsedMs")));
            case AgentEvent.LlmCall.KIND -> new AgentEvent.LlmCall(at, Json.nonBlank(n, "model"),
                    Json.count(n, "inputTokens"), Json.count(n, "outputTokens"), Json.count(n, "cachedInputTokens"),
                    Json.amount(n, "observedCostUsd"), LlmCallOrigin.PROVIDER);
            case AgentEvent.Result.KIND -> new AgentEvent.Result(at, Json.bool(n, "success", false),
                    Json.nonBlank(n, "subtype"), Json.text(n, "text"), Json.texts(n, "errors"),
                    Json.amount(n, "costUsd"), usage(n.get("usage")), intOrNull(Json.integer(n, "numTurns")),
                    Json.integer(n, "durationMs"));
            case AgentEvent.Error.KIND -> new AgentEvent.Error(at, Json.text(n, "code"),
                    orEmpty(Json.text(n, "message")), intOrNull(Json.integer(n, "exitCode")),
                    Json.bool(n, "retryable", false));
            default -> null;
        };
    }

    private static Usage usage(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new Usage(Json.count(node, "inputTokens"), Json.count(node, "outputTokens"),
                Json.count(node, "cacheReadTokens"), Json.count(node, "cacheWriteTokens"));
    }

    private static Duration millis(Long ms) {
        return ms == null || ms < 0 ? null : Duration.ofMillis(ms);
    }

    private static Integer intOrNull(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
