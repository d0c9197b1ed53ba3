package ai.rensei.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's life as a process (host.md §5): SIGTERM drains a running session to completion and exits 0,
 * {@code kill -9} then a restart marks the running session {@code interrupted}/{@code crash} and kills its harness,
 * one daemon per home, and a bad daemon.yaml stops the start with {@code file:line:col} and exit 2.
 */
class HostDaemonLifecycleIT {

    private static final String ALL_ROUTED = String.join("\n",
            "projectAdmissionMode: all-routed",
            "session:",
            "  killGraceSeconds: 1",
            "drain:",
            "  timeoutSeconds: 60",
            "");

    @TempDir
    Path temp;

    @Test
    void sigtermDrainsARunningSessionToCompletionAndExitsZero() throws Exception {
        Path home = home(ALL_ROUTED);
        try (DaemonProcess daemon = DaemonProcess.start(home, List.of(), Map.of()).awaitReady()) {
            RawHttp.Reply accepted = daemon.post("/api/daemon/sessions", "{\"sessionId\":\"slow-1\","
                    + "\"harness\":\"stub\",\"harnessOptions\":{\"behaviour\":\"slow-output\",\"count\":3,"
                    + "\"intervalMs\":700}}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> "running".equals(
                    daemon.get("/api/daemon/sessions/slow-1").json().path("state").asText()));
            daemon.signal("TERM");
            assertThat(daemon.awaitExit(Duration.ofSeconds(90))).as(daemon.stderr()).isZero();
            assertPortFree(daemon.port);
        }
        try (DaemonProcess again = DaemonProcess.start(home, List.of(), Map.of()).awaitReady()) {
            JsonNode session = again.get("/api/daemon/sessions/slow-1").json();
            assertThat(session.path("state").asText()).as(session.toString()).isEqualTo("completed");
            assertThat(session.path("verdict").asText()).isEqualTo("passed");
            again.signal("TERM");
            assertThat(again.awaitExit(Duration.ofSeconds(30))).isZero();
        }
    }

    @Test
    void aSecondSigtermStopsAHungSessionAtOnceInsteadOfDraining() throws Exception {
        Path home = home(ALL_ROUTED);
        long harness;
        try (DaemonProcess daemon = DaemonProcess.start(home, List.of(), Map.of()).awaitReady()) {
            assertThat(daemon.post("/api/daemon/sessions", "{\"sessionId\":\"hung-2\",\"harness\":\"stub\","
                    + "\"harnessOptions\":{\"behaviour\":\"hang\"}}").status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    daemon.get("/api/daemon/sessions/hung-2").json().has("pid"));
            harness = daemon.get("/api/daemon/sessions/hung-2").json().path("pid").asLong();
            daemon.signal("TERM");
            await().atMost(Duration.ofSeconds(10)).until(() -> "draining".equals(
                    daemon.get("/api/daemon/status").json().path("status").asText()));
            assertThat(ProcessGroups.members(harness)).as("the first signal drains, killing nothing").isNotEmpty();
            daemon.signal("TERM");
            assertThat(daemon.awaitExit(Duration.ofSeconds(30))).as("well before the 60 s drain").isZero();
        }
        assertThat(ProcessGroups.members(harness)).isEmpty();
        try (DaemonProcess again = DaemonProcess.start(home, List.of(), Map.of()).awaitReady()) {
            JsonNode session = again.get("/api/daemon/sessions/hung-2").json();
            assertThat(session.path("state").asText()).as(session.toString()).isEqualTo("terminated");
            assertThat(session.path("failureMode").asText()).isEqualTo("crash");
            again.signal("TERM");
            assertThat(again.awaitExit(Duration.ofSeconds(30))).isZero();
        }
    }

    @Test
    void killNineThenRestartMarksTheRunningSessionInterruptedAndKillsItsHarness() throws Exception {
        Path home = home(ALL_ROUTED);
        long harness;
        try (DaemonProcess daemon = DaemonProcess.start(home, List.of(), Map.of()).awaitReady()) {
            assertThat(daemon.post("/api/daemon/sessions", "{\"sessionId\":\"crash-1\",\"harness\":\"stub\","
                    + "\"harnessOptions\":{\"behaviour\":\"hang\"}}").status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    daemon.get("/api/daemon/sessions/crash-1").json().has("pid"));
            harness = daemon.get("/api/daemon/sessions/crash-1").json().path("pid").asLong();
            daemon.signal("KILL");
            assertThat(daemon.awaitExit(Duration.ofSeconds(30))).isEqualTo(137);
        }
        assertThat(ProcessGroups.members(harness)).as("the harness outlives a kill -9 of its daemon").isNotEmpty();
        try (DaemonProcess again = DaemonProcess.start(home, List.of(), Map.of()).awaitReady()) {
            JsonNode session = again.get("/api/daemon/sessions/crash-1").json();
            assertThat(session.path("state").asText()).as(session.toString()).isEqualTo("interrupted");
            assertThat(session.path("failureMode").asText()).isEqualTo("crash");
            await().atMost(Duration.ofSeconds(30)).until(() -> ProcessGroups.members(harness).isEmpty());
            assertThat(again.get("/api/daemon/sessions?all=true").json().toString()).contains("crash-1");
            again.signal("TERM");
            assertThat(again.awaitExit(Duration.ofSeconds(30))).isZero();
        }
    }

    @Test
    void aSecondDaemonOnTheSameHomeExitsOneNamingTheFirst() throws Exception {
        Path home = home(ALL_ROUTED);
        try (DaemonProcess first = DaemonProcess.start(home, List.of(), Map.of()).awaitReady();
             DaemonProcess second = DaemonProcess.start(home, List.of(), Map.of())) {
            assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(second.stderr()).contains("error: another daemon is running (pid " + first.pid() + ")");
            assertThat(first.alive()).isTrue();
        }
    }

    @Test
    void aBadDaemonYamlExitsTwoWithFileLineColumnAndBindsNothing() throws Exception {
        Path home = home(String.join("\n",
                "capacity:",
                "  maxConcurrentSessions: lots",
                "projectAdmissionMode: sometimes",
                ""));
        try (DaemonProcess daemon = DaemonProcess.start(home, List.of(), Map.of())) {
            assertThat(daemon.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            String config = home.resolve("daemon.yaml").toAbsolutePath().toString();
            assertThat(daemon.stderr())
                    .contains(config + ":2:26: capacity.maxConcurrentSessions: must be an integer")
                    .contains(config + ":3:23: projectAdmissionMode: must be one of enumerated, all-routed "
                            + "(got \"sometimes\")");
            assertPortFree(daemon.port);
            assertThat(home.resolve("control-token")).doesNotExist();
        }
    }

    @Test
    void aNonLoopbackBindWithoutAllowRemoteExitsTwo() throws Exception {
        Path home = home(ALL_ROUTED);
        try (DaemonProcess daemon = DaemonProcess.start(home, List.of("--host", "0.0.0.0"), Map.of())) {
            assertThat(daemon.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(daemon.stderr())
                    .contains("error: refusing to bind non-loopback address 0.0.0.0 without --allow-remote");
        }
    }

    @Test
    void admissionV1AndV2RefuseWithTheExactMessages() throws Exception {
        Path v1 = home(String.join("\n",
                "projects:",
                "  - id: alpha",
                "    repository: github.com/acme/alpha",
                ""));
        try (DaemonProcess daemon = DaemonProcess.start(v1, List.of(), Map.of()).awaitReady()) {
            assertThat(error(daemon, "{\"sessionId\":\"a\",\"projectId\":\"beta\"}"))
                    .isEqualTo("project \"beta\" is not allowed");
            assertThat(error(daemon, "{\"sessionId\":\"a\",\"repository\":\"https://github.com/acme/other\"}"))
                    .isEqualTo("repository \"https://github.com/acme/other\" is not allowed");
            assertThat(daemon.get("/api/daemon/status").json().path("projectsAllowed").asInt()).isEqualTo(1);
            Files.writeString(v1.resolve("daemon.yaml"), String.join("\n",
                    "projects:",
                    "  - id: alpha",
                    "    repository: github.com/acme/alpha",
                    "  - id: beta",
                    ""));
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    daemon.get("/api/daemon/status").json().path("projectsAllowed").asInt() == 2);
            assertThat(error(daemon, "{\"sessionId\":\"a\",\"projectId\":\"gamma\"}"))
                    .as("hot-reloaded allowlist").isEqualTo("project \"gamma\" is not allowed");
        }
        Path v2 = home(String.join("\n",
                "projectAdmissionVersion: 2",
                "enabledProjectIds: [alpha]",
                "repositories:",
                "  - id: alpha-main",
                "    projectId: alpha",
                "    source: github.com/acme/alpha",
                "    primary: true",
                "  - id: gamma-main",
                "    projectId: gamma",
                "    source: github.com/acme/gamma",
                ""));
        try (DaemonProcess daemon = DaemonProcess.start(v2, List.of(), Map.of()).awaitReady()) {
            assertThat(error(daemon, "{\"sessionId\":\"b\",\"projectId\":\"gamma\"}"))
                    .isEqualTo("project \"gamma\" is not allowed");
            assertThat(error(daemon, "{\"sessionId\":\"b\",\"projectId\":\"alpha\",\"repositoryId\":\"gamma-main\"}"))
                    .isEqualTo("repository \"gamma-main\" is not allowed for project \"alpha\"");
            assertThat(error(daemon, "{\"sessionId\":\"b\"}")).isEqualTo("projectId or repository is required");
            JsonNode stats = daemon.get("/api/daemon/stats").json();
            assertThat(stats.path("projectAdmissionVersion").asInt()).isEqualTo(2);
            assertThat(stats.path("allowedProjects").toString())
                    .isEqualTo("[\"github.com/acme/alpha\",\"github.com/acme/gamma\"]");
        }
    }

    private static String error(DaemonProcess daemon, String body) {
        RawHttp.Reply reply = daemon.post("/api/daemon/sessions", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        return reply.json().path("error").asText();
    }

    private Path home(String yaml) throws IOException {
        Path home = Files.createTempDirectory(temp, "home");
        Files.writeString(home.resolve("daemon.yaml"), yaml);
        return home;
    }

    private static void assertPortFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
