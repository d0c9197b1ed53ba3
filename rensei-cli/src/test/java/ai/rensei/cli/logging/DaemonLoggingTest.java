package ai.rensei.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import dev.donmai.runtime.spi.PatternSecretRedactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The daemon's NDJSON log through SLF4J and logback (host.md §1.4). */
class DaemonLoggingTest {

    private static final String SECRET = "s3cr3t-value-0123456789";
    private static final Logger LOG = LoggerFactory.getLogger(DaemonLoggingTest.class);

    @TempDir
    Path home;

    @AfterEach
    void backToTheCliDefault() {
        MDC.clear();
        DaemonLogging.configureCli();
    }

    @Test
    void everyLineIsAJsonObjectWithTimeLevelMessageAndFields() throws IOException {
        Path file = home.resolve("daemon.log");
        DaemonLogging.configure(file, "info", PatternSecretRedactor.create());

        MDC.put("org", "acme");
        LOG.atInfo().addKeyValue("event", "session.accepted").addKeyValue("sessionId", "ses_1")
                .addKeyValue("attempt", 2).log("session {} accepted", "ses_1");
        MDC.remove("org");
        LOG.debug("not at info");
        LOG.atWarn().setCause(new IllegalStateException("boom", new IOException("disk full")))
                .log("tick failed");

        List<JsonNode> lines = lines(file);
        assertThat(lines).hasSize(2);
        JsonNode info = lines.get(0);
        assertThat(info.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(info.get("level").asText()).isEqualTo("info");
        assertThat(info.get("msg").asText()).isEqualTo("session ses_1 accepted");
        assertThat(info.get("event").asText()).isEqualTo("session.accepted");
        assertThat(info.get("sessionId").asText()).isEqualTo("ses_1");
        assertThat(info.get("attempt").asInt()).isEqualTo(2);
        assertThat(info.get("org").asText()).isEqualTo("acme");
        assertThat(fieldNames(info)).startsWith("time", "level", "msg");
        JsonNode warn = lines.get(1);
        assertThat(warn.get("level").asText()).isEqualTo("warn");
        assertThat(warn.has("org")).isFalse();
        assertThat(warn.get("error").asText())
                .startsWith("java.lang.IllegalStateException: boom\n\tat ")
                .contains("\nCaused by: java.io.IOException: disk full");
    }

    @Test
    void secretsNeverReachTheFile() throws IOException {
        Path file = home.resolve("daemon.log");
        DaemonLogging.configure(file, "debug", PatternSecretRedactor.of(Map.of("RENSEI_DAEMON_TOKEN", SECRET)));

        LOG.info("registering with token " + SECRET);
        LOG.atInfo().addKeyValue("note", "value " + SECRET).addKeyValue("authToken", "anything-at-all")
                .addKeyValue("detail", "Authorization: Bearer abcdefghijklmnop").log("kv");
        MDC.put("apiKey", "mdc-secret-xyz");
        LOG.atError().setCause(new IllegalArgumentException("bad " + SECRET)).log("failure");
        MDC.clear();
        DaemonLogging.addSecrets(Map.of("CONTROL_TOKEN", "c0ntr0l-t0ken-abcdef"));
        LOG.info("control c0ntr0l-t0ken-abcdef");

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(SECRET).doesNotContain("anything-at-all").doesNotContain("abcdefghijklmnop")
                .doesNotContain("mdc-secret-xyz").doesNotContain("c0ntr0l-t0ken-abcdef");
        List<JsonNode> lines = lines(file);
        assertThat(lines.get(0).get("msg").asText()).isEqualTo("registering with token [REDACTED:RENSEI_DAEMON_TOKEN]");
        assertThat(lines.get(1).get("note").asText()).isEqualTo("value [REDACTED:RENSEI_DAEMON_TOKEN]");
        assertThat(lines.get(1).get("authToken").asText()).isEqualTo("***");
        assertThat(lines.get(1).get("detail").asText()).isEqualTo("Authorization: Bearer [REDACTED]");
        assertThat(lines.get(2).get("apiKey").asText()).isEqualTo("***");
        assertThat(lines.get(2).get("error").asText()).contains("bad [REDACTED:RENSEI_DAEMON_TOKEN]");
        assertThat(lines.get(3).get("msg").asText()).isEqualTo("control [REDACTED:CONTROL_TOKEN]");
    }

    @Test
    void rotationKeepsThreeRolledFiles() throws IOException {
        Path file = home.resolve("logs").resolve("daemon.log");
        DaemonLogging.configure(file, "info", PatternSecretRedactor.create(), 4096);

        String padding = "x".repeat(200);
        for (int i = 0; i < 400; i++) {
            LOG.atInfo().addKeyValue("i", i).log("line {} {}", i, padding);
        }

        assertThat(home.resolve("logs/daemon.log.1")).exists();
        assertThat(home.resolve("logs/daemon.log.2")).exists();
        assertThat(home.resolve("logs/daemon.log.3")).exists();
        try (Stream<Path> files = Files.list(home.resolve("logs"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("daemon.log", "daemon.log.1", "daemon.log.2", "daemon.log.3");
        }
        assertThat(Files.size(home.resolve("logs/daemon.log.1"))).isLessThan(4096 + 1024);
        List<JsonNode> current = lines(file);
        assertThat(current).isNotEmpty();
        assertThat(current.get(current.size() - 1).get("i").asInt()).isEqualTo(399);
        assertThat(lines(home.resolve("logs/daemon.log.1"))).allSatisfy(line -> assertThat(line.get("i").asInt()).isLessThan(
                current.get(0).get("i").asInt()));
    }

    @Test
    void anUnknownLevelIsRejected() {
        assertThatThrownBy(() -> DaemonLogging.configure(home.resolve("daemon.log"), "verbose", PatternSecretRedactor.create()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log level must be one of debug, info, warn, error (got \"verbose\")");
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> Json.parse(line).orElseThrow(() -> new AssertionError("not JSON: " + line)))
                .toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
