package dev.donmai.contracts.events;

import dev.donmai.contracts.provider.WireValue;
import dev.donmai.contracts.session.AgentEvent;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The closed set of execution-event topics. Wire names are dotted lower case, e.g. {@code session.status.changed}.
 * The {@code session.*} lifecycle topics are emitted by the runner; the others come from agent events through
 * {@link #forEvent(AgentEvent)}.
 */
public enum EventTopic implements WireValue {
    /** The session passed admission. */
    SESSION_ADMITTED,
    /** The session entered {@code running}. */
    SESSION_STARTED,
    /** The session changed state. */
    SESSION_STATUS_CHANGED,
    /** The harness reported its identity ({@code Init}). */
    SESSION_IDENTITY_RESOLVED,
    /** The session ended ({@code SessionEnded}); fed by the terminal {@code Result} or {@code Error}. */
    SESSION_ENDED,
    /** A complete assistant message. */
    MESSAGE_DELTA,
    /** A tool call started. */
    TOOL_CALLED,
    /** A tool call finished without error. */
    TOOL_COMPLETED,
    /** A tool call finished with an error. */
    TOOL_FAILED,
    /** A long-running tool call reported progress. */
    TOOL_PROGRESSED,
    /** Tokens or cost were recorded. */
    USAGE_RECORDED,
    /** The harness stream ended abnormally. */
    ERROR_RAISED,
    /** A provider event with no mapping of its own, e.g. a {@code SystemNotice}. */
    PROVIDER_EVENT_UNMAPPED;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The topic with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static EventTopic fromWire(String wire) {
        return WireValue.fromWire(EventTopic.class, wire);
    }

    /**
     * The topic an agent event is published under (contracts.md §5): {@code Init} → {@code session.identity.resolved},
     * {@code AssistantText} → {@code message.delta}, {@code ToolUse} → {@code tool.called}, {@code ToolResult} →
     * {@code tool.failed} if {@code isError} else {@code tool.completed}, {@code ToolProgress} →
     * {@code tool.progressed}, {@code LlmCall} → {@code usage.recorded}, {@code Error} → {@code error.raised},
     * {@code SystemNotice} → {@code provider.event.unmapped}. A {@code Result} has no topic of its own (empty): it
     * is evidence for the runner's {@code session.ended}.
     */
    public static Optional<EventTopic> forEvent(AgentEvent event) {
        Objects.requireNonNull(event, "event");
        EventTopic topic;
        if (event instanceof AgentEvent.Init) {
            topic = SESSION_IDENTITY_RESOLVED;
        } else if (event instanceof AgentEvent.SystemNotice) {
            topic = PROVIDER_EVENT_UNMAPPED;
        } else if (event instanceof AgentEvent.AssistantText) {
            topic = MESSAGE_DELTA;
        } else if (event instanceof AgentEvent.ToolUse) {
            topic = TOOL_CALLED;
        } else if (event instanceof AgentEvent.ToolResult result) {
            topic = result.isError() ? TOOL_FAILED : TOOL_COMPLETED;
        } else if (event instanceof AgentEvent.ToolProgress) {
            topic = TOOL_PROGRESSED;
        } else if (event instanceof AgentEvent.LlmCall) {
            topic = USAGE_RECORDED;
        } else if (event instanceof AgentEvent.Error) {
            topic = ERROR_RAISED;
        } else if (event instanceof AgentEvent.Result) {
            topic = null;
        } else {
            throw new IllegalStateException("unmapped AgentEvent " + event.getClass().getName());
        }
        return Optional.ofNullable(topic);
    }
}
