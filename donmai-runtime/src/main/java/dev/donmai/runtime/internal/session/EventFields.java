package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.Usage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of an event as the logs write them (sessions.md §7, contracts.md §4): record components in order,
 * without {@code observedAt} (the line's {@code at}), absent values omitted. A tool result's {@code content} is cut to
 * 64 KiB ({@code contentTruncated: true}); a tool progress's {@code elapsed} is written as {@code elapsedMs}.
 */
final class EventFields {

    /** The longest tool output a log line keeps, in UTF-8 bytes. */
    static final int MAX_TOOL_CONTENT_BYTES = 64 * 1024;

    private EventFields() {
    }

    static Map<String, Object> of(AgentEvent event) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (event instanceof AgentEvent.Init e) {
            put(f, "nativeSessionId", e.nativeSessionId());
            put(f, "model", e.model());
            f.put("tools", e.tools());
            put(f, "cwd", e.cwd());
            f.put("synthesized", e.synthesized());
        } else if (event instanceof AgentEvent.SystemNotice e) {
            f.put("subtype", e.subtype());
            put(f, "message", e.message());
            put(f, "data", e.data());
            put(f, "costUsd", e.costUsd());
            put(f, "usage", usage(e.usage()));
        } else if (event instanceof AgentEvent.AssistantText e) {
            f.put("text", e.text());
            put(f, "messageId", e.messageId());
            put(f, "parentToolUseId", e.parentToolUseId());
        } else if (event instanceof AgentEvent.ToolUse e) {
            put(f, "toolUseId", e.toolUseId());
            f.put("toolName", e.toolName());
            f.put("input", e.input());
            put(f, "toolCategory", e.toolCategory());
            put(f, "parentToolUseId", e.parentToolUseId());
        } else if (event instanceof AgentEvent.ToolResult e) {
            put(f, "toolUseId", e.toolUseId());
            put(f, "toolName", e.toolName());
            String content = e.content();
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > MAX_TOOL_CONTENT_BYTES) {
                f.put("content", Texts.truncateUtf8(content, MAX_TOOL_CONTENT_BYTES));
                f.put("contentTruncated", true);
            } else {
                f.put("content", content);
            }
            f.put("isError", e.isError());
            put(f, "parentToolUseId", e.parentToolUseId());
        } else if (event instanceof AgentEvent.ToolProgress e) {
            put(f, "toolUseId", e.toolUseId());
            put(f, "toolName", e.toolName());
            put(f, "message", e.message());
            put(f, "elapsedMs", e.elapsed() == null ? null : e.elapsed().toMillis());
        } else if (event instanceof AgentEvent.LlmCall e) {
            put(f, "model", e.model());
            f.put("inputTokens", e.inputTokens());
            f.put("outputTokens", e.outputTokens());
            f.put("cachedInputTokens", e.cachedInputTokens());
            put(f, "observedCostUsd", e.observedCostUsd());
            f.put("origin", e.origin().wire());
        } else if (event instanceof AgentEvent.Result e) {
            f.put("success", e.success());
            put(f, "subtype", e.subtype());
            put(f, "text", e.text());
            f.put("errors", e.errors());
            put(f, "costUsd", e.costUsd());
            put(f, "usage", usage(e.usage()));
            put(f, "numTurns", e.numTurns());
            put(f, "durationMs", e.durationMs());
        } else if (event instanceof AgentEvent.Error e) {
            f.put("code", e.code());
            f.put("message", e.message());
            put(f, "exitCode", e.exitCode());
            f.put("retryable", e.retryable());
        }
        return f;
    }

    static Map<String, Object> usage(Usage usage) {
        if (usage == null) {
            return null;
        }
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("inputTokens", usage.inputTokens());
        u.put("outputTokens", usage.outputTokens());
        u.put("cacheReadTokens", usage.cacheReadTokens());
        u.put("cacheWriteTokens", usage.cacheWriteTokens());
        return u;
    }

    private static void put(Map<String, Object> f, String key, Object value) {
        if (value != null) {
            f.put(key, value);
        }
    }
}
