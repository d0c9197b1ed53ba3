package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.runtime.spi.SecretRedactor;

/**
 * A normalised event with every text passed through the redactor, before any sink sees it (sessions.md §7): texts,
 * messages, tool input (secret-named keys become {@code ***}), tool output, errors.
 */
final class EventRedaction {

    private EventRedaction() {
    }

    static AgentEvent redact(AgentEvent event, SecretRedactor r) {
        if (event instanceof AgentEvent.Init e) {
            return new AgentEvent.Init(e.observedAt(), r.redact(e.nativeSessionId()), r.redact(e.model()),
                    e.tools().stream().map(r::redact).toList(), r.redact(e.cwd()), e.synthesized());
        }
        if (event instanceof AgentEvent.SystemNotice e) {
            return new AgentEvent.SystemNotice(e.observedAt(), e.subtype(), r.redact(e.message()), r.redact(e.data()),
                    e.costUsd(), e.usage());
        }
        if (event instanceof AgentEvent.AssistantText e) {
            return new AgentEvent.AssistantText(e.observedAt(), r.redact(e.text()), e.messageId(),
                    e.parentToolUseId());
        }
        if (event instanceof AgentEvent.ToolUse e) {
            return new AgentEvent.ToolUse(e.observedAt(), e.toolUseId(), e.toolName(), r.redactMap(e.input()),
                    e.toolCategory(), e.parentToolUseId());
        }
        if (event instanceof AgentEvent.ToolResult e) {
            return new AgentEvent.ToolResult(e.observedAt(), e.toolUseId(), e.toolName(), r.redact(e.content()),
                    e.isError(), e.parentToolUseId());
        }
        if (event instanceof AgentEvent.ToolProgress e) {
            return new AgentEvent.ToolProgress(e.observedAt(), e.toolUseId(), e.toolName(), r.redact(e.message()),
                    e.elapsed());
        }
        if (event instanceof AgentEvent.Result e) {
            return new AgentEvent.Result(e.observedAt(), e.success(), e.subtype(), r.redact(e.text()),
                    e.errors().stream().map(r::redact).toList(), e.costUsd(), e.usage(), e.numTurns(),
                    e.durationMs());
        }
        if (event instanceof AgentEvent.Error e) {
            return new AgentEvent.Error(e.observedAt(), e.code(), r.redact(e.message()), e.exitCode(), e.retryable());
        }
        // LlmCall carries numbers and a model name only.
        return event;
    }
}
