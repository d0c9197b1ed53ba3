package ai.rensei.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The control API of a real {@code ./rensei host run} (host.md §3), black box over loopback: status fields, every
 * guard, pause/resume/drain with a hung session, capacity, and stop killing the harness's process group.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostDaemonControlApiIT {

    @TempDir
    static Path temp;

    static DaemonProcess daemon;
    static int metricsPort;

    @BeforeAll
    static void startDaemon() throws Exception {
        Path home = temp.resolve("home");
        Files.createDirectories(home);
        metricsPort = DaemonProcess.freePort();
        Files.writeString(home.resolve("daemon.yaml"), String.join("\n",
                "observability:",
                "  metricsPort: " + metricsPort,
                "apiVersion: rensei.dev/v1",
                "kind: LocalDaemon",
                "projectAdmissionMode: all-routed",
                "capacity:",
                "  maxConcurrentSessions: 2",
                "session:",
                "  killGraceSeconds: 1",
                "  noProgressTimeoutSeconds: 0",
                "drain:",
                "  timeoutSeconds: 60",
                ""));
        daemon = DaemonProcess.start(home, List.of(), Map.of()).awaitReady();
    }

    @AfterAll
    static void stopDaemon() {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    @Order(1)
    void statusCarriesTheSeedFieldsAndRegistration() {
        RawHttp.Reply reply = daemon.get("/api/daemon/status");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).isEqualTo("application/json; charset=utf-8");
        JsonNode status = reply.json();
        assertThat(status.path("status").asText()).isEqualTo("ready");
        assertThat(status.path("machineId").asText()).matches("hst_[0-9a-z]{26}");
        assertThat(status.path("version").asText()).isNotBlank();
        assertThat(status.path("pid").asLong()).isEqualTo(daemon.pid());
        assertThat(status.path("uptimeSeconds").isIntegralNumber()).isTrue();
        assertThat(status.path("activeSessions").asInt()).isZero();
        assertThat(status.path("maxSessions").asInt()).isEqualTo(2);
        assertThat(status.path("projectsAllowed").asInt()).isZero();
        assertThat(status.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(status.path("registration").path("state").asText()).isEqualTo("disabled");
        assertThat(status.path("registration").has("lastPollAt")).isTrue();
        assertThat(status.path("registration").path("lastPollAt").isNull()).isTrue();
        assertThat(daemon.get("/healthz").body()).isEqualTo("ok");
    }

    @Test
    @Order(2)
    void theControlTokenIsSixtyFourHexCharactersReadableOnlyByItsOwner() throws Exception {
        Path file = daemon.home.resolve("control-token");
        assertThat(daemon.token()).matches("[0-9a-f]{64}");
        assertThat(Files.getPosixFilePermissions(file)).extracting(Enum::name)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    @Test
    @Order(3)
    void everyGuardAnswersWithItsStatusAndError() {
        RawHttp.Reply host = RawHttp.send(daemon.port, "GET", "/api/daemon/status", Map.of("Host", "evil.example"),
                null);
        assertThat(host.status()).isEqualTo(403);
        assertThat(host.json().path("error").asText()).isEqualTo("forbidden host");

        RawHttp.Reply origin = RawHttp.send(daemon.port, "GET", "/api/daemon/status",
                Map.of("Origin", "https://evil.example"), null);
        assertThat(origin.status()).isEqualTo(403);
        assertThat(origin.json().path("error").asText()).isEqualTo("forbidden origin");
        assertThat(RawHttp.send(daemon.port, "GET", "/api/daemon/status", Map.of("Origin", "null"), null).status())
                .isEqualTo(403);
        assertThat(RawHttp.send(daemon.port, "GET", "/api/daemon/status",
                Map.of("Origin", "http://localhost:3000"), null).status()).isEqualTo(200);

        RawHttp.Reply missing = daemon.get("/api/daemon/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").asText()).isEqualTo("not found");
        assertThat(missing.json().path("path").asText()).isEqualTo("/api/daemon/nope");
        assertThat(daemon.get("/api/daemon/status/").status()).as("trailing slash is not folded").isEqualTo(404);

        RawHttp.Reply method = RawHttp.send(daemon.port, "DELETE", "/api/daemon/status", Map.of(), null);
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.header("allow")).isEqualTo("GET");
        assertThat(method.json().path("allowed").toString()).isEqualTo("[\"GET\"]");

        RawHttp.Reply noToken = RawHttp.send(daemon.port, "POST", "/api/daemon/pause", Map.of(), null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().path("error").asText()).isEqualTo("missing or invalid control token");
        assertThat(RawHttp.send(daemon.port, "POST", "/api/daemon/pause",
                Map.of("Authorization", "Bearer " + "0".repeat(64)), null).status()).isEqualTo(401);

        byte[] big = ("{\"sessionId\":\"x\",\"prompt\":\"" + "a".repeat(1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply tooLarge = RawHttp.send(daemon.port, "POST", "/api/daemon/sessions",
                Map.of("Authorization", "Bearer " + daemon.token()), big);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("error").asText()).isEqualTo("request body too large");

        RawHttp.Reply badJson = daemon.post("/api/daemon/sessions", "{not json");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().path("error").asText()).startsWith("invalid JSON: ");
        assertThat(badJson.header("access-control-allow-origin")).isNull();
    }

    @Test
    @Order(4)
    void sessionIdsAreCheckedWithTheExactMessages() {
        assertThat(daemon.post("/api/daemon/sessions", "{}").json().path("error").asText())
                .isEqualTo("sessionId is required");
        RawHttp.Reply invalid = daemon.post("/api/daemon/sessions", "{\"sessionId\":\"bad..id\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("error").asText()).isEqualTo("invalid sessionId");
        assertThat(daemon.post("/api/daemon/sessions", "{\"sessionId\":\"x\",\"mode\":\"weird\"}").json()
                .path("error").asText()).isEqualTo("mode \"weird\" is not supported");
        assertThat(daemon.post("/api/daemon/sessions", "{\"sessionId\":\"x\",\"harness\":\"nope\"}").json()
                .path("error").asText()).isEqualTo("harness \"nope\" is not available");
        assertThat(daemon.post("/api/daemon/sessions",
                "{\"sessionId\":\"x\",\"harness\":\"stub\",\"resources\":{\"vCpu\":64}}").json()
                .path("error").asText()).isEqualTo("resources exceed per-session limit (vCpu 64 > 4)");
    }

    @Test
    @Order(5)
    void pauseRefusesSessionsAndResumeAcceptsThemAgain() {
        RawHttp.Reply paused = daemon.post("/api/daemon/pause", null);
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.json().path("message").asText()).isEqualTo("paused");
        assertThat(daemon.post("/api/daemon/pause", null).json().path("message").asText())
                .isEqualTo("already paused");
        assertThat(daemon.get("/api/daemon/status").json().path("status").asText()).isEqualTo("paused");
        RawHttp.Reply refused = daemon.post("/api/daemon/sessions", "{\"sessionId\":\"while-paused\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).isEqualTo("daemon is paused");
        assertThat(refused.json().path("sessionId").asText()).isEqualTo("while-paused");
        assertThat(daemon.post("/api/daemon/resume", null).json().path("message").asText()).isEqualTo("resumed");
        assertThat(daemon.post("/api/daemon/resume", null).json().path("message").asText())
                .isEqualTo("already ready");
    }

    @Test
    @Order(6)
    void drainWithAHungSessionAnswers409AndKillsNothing() {
        RawHttp.Reply accepted = daemon.post("/api/daemon/sessions",
                "{\"sessionId\":\"hung-1\",\"harness\":\"stub\",\"harnessOptions\":{\"behaviour\":\"hang\"}}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().path("state").asText()).isEqualTo("accepted");
        long pid = awaitRunningPid("hung-1");

        RawHttp.Reply drain = daemon.post("/api/daemon/drain", "{\"timeoutSeconds\":1}");
        assertThat(drain.status()).isEqualTo(409);
        assertThat(drain.json().path("error").asText())
                .isEqualTo("drain incomplete: 1 session(s) still running after 1s");
        assertThat(drain.json().path("remaining").asInt()).isEqualTo(1);
        assertThat(drain.json().path("ok").asBoolean()).isFalse();
        assertThat(ProcessHandle.of(pid)).as("nothing killed").isPresent();
        assertThat(daemon.get("/api/daemon/sessions/hung-1").json().path("state").asText()).isEqualTo("running");
        assertThat(daemon.get("/api/daemon/status").json().path("status").asText()).isEqualTo("draining");
        assertThat(daemon.post("/api/daemon/sessions", "{\"sessionId\":\"late\"}").json().path("error").asText())
                .isEqualTo("daemon is draining");
        assertThat(daemon.post("/api/daemon/resume", null).json().path("message").asText()).isEqualTo("resumed");
    }

    @Test
    @Order(7)
    void capacityRefusesTheSessionBeyondTheLimitWithTheExactMessage() {
        RawHttp.Reply set = daemon.post("/api/daemon/capacity",
                "{\"key\":\"capacity.maxConcurrentSessions\",\"value\":1}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("message").asText()).isEqualTo("applied");
        RawHttp.Reply refused = daemon.post("/api/daemon/sessions", "{\"sessionId\":\"over\",\"harness\":\"stub\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).isEqualTo("at capacity (1/1 sessions)");
        assertThat(daemon.post("/api/daemon/capacity", "{\"key\":\"capacity.other\",\"value\":1}").json()
                .path("error").asText()).isEqualTo("unknown key \"capacity.other\"");
        assertThat(daemon.post("/api/daemon/capacity", "{\"key\":\"capacity.maxConcurrentSessions\",\"value\":-1}")
                .json().path("error").asText()).isEqualTo("value must be a non-negative integer");
        daemon.post("/api/daemon/capacity", "{\"key\":\"capacity.maxConcurrentSessions\",\"value\":2}");
        RawHttp.Reply duplicate = daemon.post("/api/daemon/sessions", "{\"sessionId\":\"hung-1\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("error").asText()).isEqualTo("session \"hung-1\" already exists");
    }

    @Test
    @Order(8)
    void stoppingARunningSessionKillsItsProcessGroup() {
        long pid = awaitRunningPid("hung-1");
        assertThat(ProcessGroups.members(pid)).isNotEmpty();
        RawHttp.Reply stop = daemon.post("/api/daemon/sessions/hung-1/stop", "{\"reason\":\"test\"}");
        assertThat(stop.status()).isEqualTo(200);
        assertThat(stop.json().path("stopped").asBoolean()).isTrue();
        assertThat(stop.json().path("mode").asText()).isEqualTo("operator-cancelled");
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessGroups.members(pid).isEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                daemon.get("/api/daemon/sessions/hung-1").json().path("state").asText().equals("terminated"));
        JsonNode session = daemon.get("/api/daemon/sessions/hung-1").json();
        assertThat(session.path("failureMode").asText()).isEqualTo("operator-cancelled");
        assertThat(session.path("spec").path("harnessOptions").path("behaviour").asText()).isEqualTo("hang");
        assertThat(daemon.post("/api/daemon/sessions/hung-1/stop", null).status()).as("terminal").isEqualTo(404);
        assertThat(daemon.get("/api/daemon/routing/explain/hung-1").json().path("decision")
                .path("chosenLLM").asText()).isEqualTo("stub");
        assertThat(daemon.get("/api/daemon/sessions?all=true").json().toString()).contains("hung-1");
        assertThat(daemon.get("/api/daemon/sessions").json().toString()).doesNotContain("hung-1");
    }

    @Test
    @Order(9)
    void readRoutesAnswerWithTheirShapes() {
        JsonNode providers = daemon.get("/api/daemon/providers").json();
        assertThat(providers.path("partialCoverage").asBoolean()).isTrue();
        assertThat(providers.path("providers").toString()).contains("\"id\":\"stub\"").contains("\"id\":\"local\"");
        assertThat(daemon.get("/api/daemon/providers/stub").json().path("provider").path("family").asText())
                .isEqualTo("agent-runtime");
        assertThat(daemon.get("/api/daemon/providers/nope").json().path("error").asText())
                .isEqualTo("provider not found");
        JsonNode workareas = daemon.get("/api/daemon/workareas").json();
        assertThat(workareas.has("active")).isTrue();
        assertThat(workareas.has("archived")).isTrue();
        assertThat(daemon.get("/api/daemon/workareas/nope").json().path("workareaId").asText()).isEqualTo("nope");
        JsonNode routing = daemon.get("/api/daemon/routing/config").json();
        assertThat(routing.path("order").asText()).isEqualTo("declared");
        JsonNode stats = daemon.get("/api/daemon/stats?pool=true").json();
        assertThat(stats.path("capacity").path("maxVCpuPerSession").asInt()).isEqualTo(4);
        assertThat(stats.path("projectAdmissionMode").asText()).isEqualTo("all-routed");
        assertThat(stats.has("pool")).isTrue();
        assertThat(stats.has("byMachine")).isFalse();
        JsonNode doctor = daemon.get("/api/daemon/doctor").json();
        assertThat(doctor.path("control").path("port").asInt()).isEqualTo(daemon.port);
    }

    @Test
    @Order(10)
    void theDaemonLogIsNdjsonWithoutTheControlToken() throws Exception {
        Path log = daemon.home.resolve("daemon.log");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.isRegularFile(log));
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            assertThat(node.has("time") && node.has("level") && node.has("msg")).as(line).isTrue();
        }
        assertThat(String.join("\n", lines)).doesNotContain(daemon.token());
    }

    @Test
    @Order(11)
    void prometheusMetricsAreServedOnTheMetricsPort() {
        RawHttp.Reply metrics = RawHttp.send(metricsPort, "GET", "/metrics", Map.of(), null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("donmai_daemon_state{state=\"ready\"} 1")
                .contains("donmai_daemon_max_sessions 2");
    }

    @Test
    @Order(12)
    void theCliTalksToTheDaemonItFindsThroughTheDaemonUrl() {
        Map<String, String> env = Map.of("RENSEI_DAEMON_URL", "http://127.0.0.1:" + daemon.port);
        DaemonProcess.CliResult status = DaemonProcess.cli(daemon.home, env, "host", "status");
        assertThat(status.exitCode()).as(status.stderr()).isZero();
        assertThat(status.stdout()).contains("  Daemon:        ready").contains("  Sessions:      0 / 2");
        DaemonProcess.CliResult json = DaemonProcess.cli(daemon.home, env, "host", "status", "--json");
        assertThat(json.stdout()).contains("\"machineId\": \"hst_");
        DaemonProcess.CliResult pause = DaemonProcess.cli(daemon.home, env, "host", "pause");
        assertThat(pause.stdout().trim()).isEqualTo("pause: paused");
        DaemonProcess.CliResult resume = DaemonProcess.cli(daemon.home, Map.of(), "host", "resume", "--port",
                String.valueOf(daemon.port));
        assertThat(resume.stdout().trim()).isEqualTo("resume: resumed");
        DaemonProcess.CliResult logs = DaemonProcess.cli(daemon.home, env, "host", "logs", "-n", "3");
        assertThat(logs.exitCode()).isZero();
        assertThat(logs.stdout().lines()).hasSize(3)
                .allMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d \\[[A-Z]+\\] .*"));
        DaemonProcess.CliResult down = DaemonProcess.cli(daemon.home, Map.of("RENSEI_DAEMON_URL",
                "http://127.0.0.1:" + DaemonProcess.freePort()), "host", "status");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.stderr()).startsWith("error: daemon is not running at http://127.0.0.1:");
    }

    private static long awaitRunningPid(String sessionId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode s = daemon.get("/api/daemon/sessions/" + sessionId).json();
            return s.path("state").asText().equals("running") && s.has("pid");
        });
        return daemon.get("/api/daemon/sessions/" + sessionId).json().path("pid").asLong();
    }
}
