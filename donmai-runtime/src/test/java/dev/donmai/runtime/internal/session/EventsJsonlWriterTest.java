package dev.donmai.runtime.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsJsonlWriterTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00.123Z");
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void oneLinePerEventWithEnvelopeFieldsFirst() throws IOException {
        try (EventsJsonlWriter writer = new EventsJsonlWriter(json, dir, "s-1", 2)) {
            writer.write(new AgentEvent.Init(AT, "n-1", "m", List.of("bash"), "/w", false));
            writer.write(new AgentEvent.ToolUse(AT, "t1", "bash", Map.of("command", "ls"), "shell", null));
            writer.write(new AgentEvent.ToolProgress(AT, "t1", null, "still", Duration.ofMillis(1500)));
            writer.write(new AgentEvent.SystemNotice(AT, "usage", null, null, 0.5, new Usage(1, 2, 3, 4)));
            writer.write(new AgentEvent.Result(AT, true, "success", "done", List.of(), 0.5, null, 3, 42L));
            assertThat(writer.count()).isEqualTo(5);
        }
        List<JsonNode> lines = lines();

        assertThat(lines).hasSize(5);
        JsonNode first = lines.get(0);
        assertThat(iterator(first)).startsWith("v", "seq", "at", "sessionId", "attempt", "kind");
        assertThat(first.get("v").asInt()).isEqualTo(1);
        assertThat(first.get("seq").asLong()).isEqualTo(1);
        assertThat(first.get("at").asText()).isEqualTo("2026-01-01T00:00:00.123Z");
        assertThat(first.get("sessionId").asText()).isEqualTo("s-1");
        assertThat(first.get("attempt").asInt()).isEqualTo(2);
        assertThat(first.get("kind").asText()).isEqualTo("init");
        assertThat(first.get("nativeSessionId").asText()).isEqualTo("n-1");
        assertThat(first.has("observedAt")).isFalse();
        assertThat(lines.get(1).get("input").get("command").asText()).isEqualTo("ls");
        assertThat(lines.get(2).get("elapsedMs").asLong()).isEqualTo(1500);
        assertThat(lines.get(3).get("usage").get("cacheWriteTokens").asLong()).isEqualTo(4);
        assertThat(lines.get(4).get("seq").asLong()).isEqualTo(5);
        assertThat(lines.get(4).has("usage")).isFalse();
    }

    @Test
    void toolOutputIsCutAt64KiB() throws IOException {
        try (EventsJsonlWriter writer = new EventsJsonlWriter(json, dir, "s-1", 1)) {
            writer.write(new AgentEvent.ToolResult(AT, "t", null, "é".repeat(40_000), false, null));
        }
        JsonNode line = lines().get(0);

        assertThat(line.get("contentTruncated").asBoolean()).isTrue();
        assertThat(line.get("content").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(64 * 1024);
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("events.jsonl"))) {
            out.add(json.readTree(line));
        }
        return out;
    }

    private static List<String> iterator(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
