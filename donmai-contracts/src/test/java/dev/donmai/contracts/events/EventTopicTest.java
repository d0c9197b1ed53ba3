package dev.donmai.contracts.events;

import static dev.donmai.contracts.ContractAssertions.assertWireRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.LlmCallOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTopicTest {

    private static final Instant T = Instant.parse("2026-06-02T14:00:00Z");

    @Test
    void enumsRoundTrip() {
        assertWireRoundTrip(EventTopic.class, EventTopic::fromWire);
        assertWireRoundTrip(SubjectKind.class, SubjectKind::fromWire);
        assertWireRoundTrip(Evidence.class, Evidence::fromWire);
    }

    @Test
    void topicSetIsClosedAndSpelledAsSpecified() {
        assertThat(EventTopic.values()).extracting(EventTopic::wire).containsExactlyInAnyOrder(
                "session.admitted", "session.started", "session.status.changed", "session.identity.resolved",
                "session.ended", "message.delta", "tool.called", "tool.completed", "tool.failed", "tool.progressed",
                "usage.recorded", "error.raised", "provider.event.unmapped");
        assertThat(SubjectKind.values()).extracting(SubjectKind::wire)
                .containsExactly("session", "project", "workflow");
        assertThat(Evidence.values()).extracting(Evidence::wire).containsExactly("native", "inferred", "synthesized");
    }

    @Test
    void agentEventsMapToTheirTopics() {
        assertThat(EventTopic.forEvent(AgentEvent.Init.synthesized(T))).contains(EventTopic.SESSION_IDENTITY_RESOLVED);
        assertThat(EventTopic.forEvent(new AgentEvent.AssistantText(T, "hi", null, null)))
                .contains(EventTopic.MESSAGE_DELTA);
        assertThat(EventTopic.forEvent(new AgentEvent.ToolUse(T, "t", "Bash", Map.of(), null, null)))
                .contains(EventTopic.TOOL_CALLED);
        assertThat(EventTopic.forEvent(new AgentEvent.ToolResult(T, "t", null, "ok", false, null)))
                .contains(EventTopic.TOOL_COMPLETED);
        assertThat(EventTopic.forEvent(new AgentEvent.ToolResult(T, "t", null, "boom", true, null)))
                .contains(EventTopic.TOOL_FAILED);
        assertThat(EventTopic.forEvent(new AgentEvent.ToolProgress(T, "t", null, null, Duration.ZERO)))
                .contains(EventTopic.TOOL_PROGRESSED);
        assertThat(EventTopic.forEvent(new AgentEvent.LlmCall(T, null, 1, 1, 0, null, LlmCallOrigin.PROVIDER)))
                .contains(EventTopic.USAGE_RECORDED);
        assertThat(EventTopic.forEvent(new AgentEvent.Error(T, "silent-exit", "", null, false)))
                .contains(EventTopic.ERROR_RAISED);
        assertThat(EventTopic.forEvent(new AgentEvent.SystemNotice(T, "provider_error", null, null, null, null)))
                .contains(EventTopic.PROVIDER_EVENT_UNMAPPED);
        assertThat(EventTopic.forEvent(new AgentEvent.Result(T, true, null, null, List.of(), null, null, null, null)))
                .isEmpty();
    }
}
