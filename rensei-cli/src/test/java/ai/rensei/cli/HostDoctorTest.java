package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code host doctor} over a made-up machine: fake systemctl, real files, real sockets, real git. */
class HostDoctorTest {

    @TempDir
    Path tmp;

    private HostFixture host;
    private int port;

    @BeforeEach
    void healthyishMachine() throws IOException {
        host = new HostFixture(tmp);
        port = DaemonDownTest.closedLoopbackPort();
        host.with("RENSEI_DAEMON_URL", "http://127.0.0.1:" + port);
        assertThat(host.run("host", "install", "--project", "alpha", "--skip-service-manager").exitCode()).isZero();
    }

    @Test
    void healthyishSetupPassesWithWarningsAndExitsZero() {
        CliRun.Result result = host.run("host", "doctor");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines.subList(0, 7)).containsExactly(
                "OS:                linux",
                "Service path:      " + host.userUnit(),
                "Service installed: true",
                "Service active:    false",
                "Host binary:       " + host.rensei,
                "Binary present:    true",
                "");
        List<String> checks = lines.subList(7, lines.size());
        assertThat(checks).hasSize(13);
        assertThat(checks.get(0)).isEqualTo("[PASS] service-installed  service registered at " + host.userUnit());
        assertThat(checks.get(1)).isEqualTo("[WARN] service-active  service installed but not running; "
                + "run `rensei host start`");
        assertThat(checks.get(2)).isEqualTo("[PASS] service-binary  " + host.rensei);
        assertThat(checks.get(3)).isEqualTo("[PASS] config-valid  valid: " + host.daemonYaml());
        assertThat(checks.get(4)).isEqualTo("[PASS] state-home  " + host.home + " (0700)");
        assertThat(checks.get(5)).isEqualTo("[WARN] daemon-reachable  daemon not running; start it with "
                + "`rensei host run` or `rensei host start`");
        assertThat(checks.get(6)).isEqualTo("[PASS] port  port " + port + " is free");
        assertThat(checks.get(7)).isEqualTo("[SKIP] registration  daemon not running");
        assertThat(checks.get(8)).isEqualTo("[SKIP] orchestrator  standalone (no orchestrator.url)");
        assertThat(checks.get(9)).matches("\\[PASS] git  git 2\\.\\d+(\\.\\d+)?");
        assertThat(checks.get(10)).matches("\\[PASS] disk  \\d+ MiB free under " + host.home);
        assertThat(checks.get(11)).isEqualTo("[SKIP] audit  audit chain not built in this version");
        assertThat(checks.get(12)).isEqualTo("[SKIP] memory  memory store not configured");
        assertThat(host.calls()).containsExactly("systemctl --user is-active dev.rensei.daemon.service");
    }

    @Test
    void missingUnitFailsWithTheInstallHint() {
        host.run("host", "uninstall", "--skip-service-manager");

        CliRun.Result result = host.run("host", "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).contains(
                "Service installed: false",
                "[FAIL] service-installed  no service registered at " + host.userUnit()
                        + "; run `rensei host install`",
                "[SKIP] service-active  service not installed",
                "[SKIP] service-binary  service not installed");
        assertThat(host.calls()).isEmpty();
    }

    @Test
    void invalidDaemonYamlFailsWithItsPosition() throws IOException {
        Files.writeString(host.daemonYaml(), "projects:\n  - id: alpha\ncapacity:\n  maxConcurrentSessions: lots\n");

        CliRun.Result result = host.run("host", "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).contains("[FAIL] config-valid  " + host.daemonYaml()
                + ":4:26: capacity.maxConcurrentSessions: must be an integer");
        assertThat(result.outLines()).contains("[SKIP] orchestrator  config invalid");
    }

    @Test
    void noConfigFileMeansDefaults() throws IOException {
        Files.delete(host.daemonYaml());

        assertThat(host.run("host", "doctor").outLines()).contains("[PASS] config-valid  defaults");
    }

    @Test
    void serviceBinaryThatWentAwayFails() throws IOException {
        Files.delete(host.rensei);

        CliRun.Result result = host.run("host", "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).contains("Binary present:    false",
                "[FAIL] service-binary  service points at missing binary " + host.rensei
                        + "; run `rensei host install`");
    }

    @Test
    void looseStateHomeModeWarnsAndJsonCarriesTheHint() throws IOException {
        Files.setPosixFilePermissions(host.home, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliRun.Result result = host.run("host", "doctor", "--json");

        JsonNode stateHome = check(Json.parse(result.out()).orElseThrow(), "state-home");
        assertThat(stateHome.path("status").asText()).isEqualTo("warn");
        assertThat(stateHome.path("message").asText()).isEqualTo(host.home + " has mode 0755, expected 0700");
        assertThat(stateHome.path("hint").asText()).isEqualTo("chmod 700 " + host.home);
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void stateHomeOwnedBySomeoneElseFails() {
        host.userName = "someone-else";

        CliRun.Result result = host.run("host", "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).anyMatch(line -> line.startsWith("[FAIL] state-home  " + host.home
                + " is owned by ") && line.endsWith(", not someone-else"));
    }

    @Test
    void jsonHasTheDocumentedShape() {
        CliRun.Result result = host.run("host", "doctor", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode body = Json.parse(result.out()).orElseThrow();
        assertThat(body.fieldNames()).toIterable().containsExactly("ok", "os", "servicePath", "serviceInstalled",
                "serviceActive", "hostBinary", "binaryPresent", "scope", "checks");
        assertThat(body.path("ok").asBoolean()).isTrue();
        assertThat(body.path("os").asText()).isEqualTo("linux");
        assertThat(body.path("servicePath").asText()).isEqualTo(host.userUnit().toString());
        assertThat(body.path("serviceInstalled").asBoolean()).isTrue();
        assertThat(body.path("serviceActive").isBoolean()).isTrue();
        assertThat(body.path("hostBinary").asText()).isEqualTo(host.rensei.toString());
        assertThat(body.path("scope").asText()).isEqualTo("user");
        List<String> ids = new ArrayList<>();
        body.path("checks").forEach(check -> {
            ids.add(check.path("id").asText());
            assertThat(check.path("status").asText()).isIn("pass", "warn", "fail", "skip");
            assertThat(check.path("message").asText()).isNotBlank();
        });
        assertThat(ids).containsExactly("service-installed", "service-active", "service-binary", "config-valid",
                "state-home", "daemon-reachable", "port", "registration", "orchestrator", "git", "disk", "audit",
                "memory");
    }

    @Test
    void unusableServiceManagerIsReportedWithTheForegroundHint() {
        host.with("FAKE_MODE", "nobus");

        CliRun.Result result = host.run("host", "doctor", "--json");

        JsonNode body = Json.parse(result.out()).orElseThrow();
        assertThat(body.path("serviceActive").isNull()).isTrue();
        assertThat(check(body, "service-active").path("message").asText()).isEqualTo("service manager unavailable: "
                + "Failed to connect to bus: No medium found; run `rensei host run` in the foreground");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void runningDaemonWithFailingRegistrationFails() throws IOException {
        host.with("FAKE_MODE", "active");
        try (FakeScriptedDaemon daemon = new FakeScriptedDaemon()) {
            daemon.reply("GET /healthz", 200, "ok").reply("GET /api/daemon/status", 200, """
                    {"status":"degraded","registration":{"state":"failing","lastPollAt":null,
                     "lastError":"worker not found","consecutiveFailures":3}}""");
            host.with("RENSEI_DAEMON_URL", daemon.url());

            CliRun.Result result = host.run("host", "doctor");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.outLines()).contains(
                    "Service active:    true",
                    "[PASS] service-active  service is running (systemd-user)",
                    "[PASS] daemon-reachable  daemon answers at " + daemon.url(),
                    "[PASS] port  daemon listening on port " + daemon.port(),
                    "[FAIL] registration  registration failing (3 consecutive): worker not found");
        }
    }

    @Test
    void registrationWithAFewFailuresWarnsAndHealthyStatesPass() throws IOException {
        try (FakeScriptedDaemon daemon = new FakeScriptedDaemon()) {
            daemon.reply("GET /healthz", 200, "ok").reply("GET /api/daemon/status", 200,
                    "{\"registration\":{\"state\":\"registered\",\"consecutiveFailures\":2,"
                            + "\"lastError\":\"timeout\"}}");
            host.with("RENSEI_DAEMON_URL", daemon.url());
            assertThat(host.run("host", "doctor").outLines())
                    .contains("[WARN] registration  registration registered with 2 consecutive failures: timeout");

            daemon.reply("GET /api/daemon/status", 200,
                    "{\"registration\":{\"state\":\"stub\",\"consecutiveFailures\":0,\"lastError\":null}}");
            assertThat(host.run("host", "doctor").outLines()).contains("[PASS] registration  stub");
        }
    }

    @Test
    void activeServiceWhoseDaemonDoesNotAnswerFails() {
        host.with("FAKE_MODE", "active");

        CliRun.Result result = host.run("host", "doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).contains("[FAIL] daemon-reachable  service is running but the daemon does not "
                + "answer at http://127.0.0.1:" + port);
    }

    @Test
    void portHeldByAnotherProcessFails() throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread closer = new Thread(() -> {
                while (!squatter.isClosed()) {
                    try {
                        squatter.accept().close(); // not HTTP: hang up at once
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            closer.start();
            host.with("RENSEI_DAEMON_URL", "http://127.0.0.1:" + squatter.getLocalPort());

            CliRun.Result result = host.run("host", "doctor");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.outLines()).contains("[FAIL] port  port " + squatter.getLocalPort()
                    + " is in use by another process");
        }
    }

    @Test
    void orchestratorIsProbedWhenConfigured() throws IOException {
        try (FakeScriptedDaemon orchestrator = new FakeScriptedDaemon()) {
            Files.writeString(host.daemonYaml(), "orchestrator:\n  url: " + orchestrator.url() + "\n");
            assertThat(host.run("host", "doctor").outLines())
                    .contains("[PASS] orchestrator  " + orchestrator.url() + " answered HTTP 404");
        }
        String gone = "http://127.0.0.1:" + DaemonDownTest.closedLoopbackPort();
        Files.writeString(host.daemonYaml(), "orchestrator:\n  url: " + gone + "\n");
        assertThat(host.run("host", "doctor").outLines()).contains("[FAIL] orchestrator  cannot reach " + gone);
        host.with("RENSEI_DAEMON_FORCE_STUB", "1");
        assertThat(host.run("host", "doctor").outLines())
                .contains("[SKIP] orchestrator  stub registration (no network)");
    }

    @Test
    void gitMissingOrTooOldFails() throws IOException {
        host.with("PATH", host.fakeBin.toString());
        assertThat(host.run("host", "doctor").outLines()).contains("[FAIL] git  git not found on PATH");

        HostFixture.executable(host.fakeBin.resolve("git"), "#!/bin/sh\necho 'git version 2.30.1'\n");
        assertThat(host.run("host", "doctor").outLines()).contains("[FAIL] git  git 2.30.1 is older than 2.31");
    }

    private static JsonNode check(JsonNode body, String id) {
        for (JsonNode check : body.path("checks")) {
            if (check.path("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id);
    }
}
