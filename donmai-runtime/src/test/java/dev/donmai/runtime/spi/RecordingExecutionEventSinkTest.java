package dev.donmai.runtime.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.events.Causation;
import dev.donmai.contracts.events.EventTopic;
import dev.donmai.contracts.events.Evidence;
import dev.donmai.contracts.events.ExecutionEventEnvelope;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingExecutionEventSinkTest {

    @Test
    void keepsEnvelopesInOrderWithBusPositions() {
        RecordingExecutionEventSink sink = new RecordingExecutionEventSink();
        sink.append(envelope("s1", 1));
        sink.append(envelope("s2", 1));
        sink.append(envelope("s1", 2));
        DiscardingExecutionEventSink.INSTANCE.append(envelope("s1", 3));

        assertThat(sink.envelopes()).extracting(ExecutionEventEnvelope::busPosition).containsExactly(1L, 2L, 3L);
        assertThat(sink.forSession("s1")).extracting(ExecutionEventEnvelope::sequence).containsExactly(1L, 2L);
    }

    private static ExecutionEventEnvelope envelope(String session, long seq) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return ExecutionEventEnvelope.forSession("local", null, session, EventTopic.MESSAGE_DELTA, seq, at, at,
                Evidence.NATIVE, Map.of(), "0".repeat(64), Causation.ROOT);
    }
}
