package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.output.Json;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code host status} and {@code host stats} against a fake daemon (host.md §1.3, §3.3). */
class FakeDaemonStatusStatsTest {

    static final String STATUS = """
            {"status":"ready","machineId":"hst_01jfx3q8m2v7c9k4t6b1n0r5ze","version":"0.1.0","pid":12345,
             "uptimeSeconds":15780,"activeSessions":2,"maxSessions":8,"projectsAllowed":1,
             "timestamp":"2026-06-02T14:00:00Z",
             "registration":{"state":"registered","lastPollAt":"2026-06-02T13:59:58Z","lastError":null,
                             "consecutiveFailures":0,"workerId":"wkr_1"},
             "outbox":{"pending":0,"rejected":0,"oldestPendingAt":null}}""";

    static final String STATS = """
            {"capacity":{"maxConcurrentSessions":8,"maxVCpuPerSession":4,"maxMemoryMbPerSession":8192,
                         "reservedVCpu":4,"reservedMemoryMb":16384,"poolMaxDiskGb":0},
             "activeSessions":2,"queueDepth":0,
             "registration":{"state":"disabled","lastPollAt":null,"lastError":null,"consecutiveFailures":0},
             "projectAdmissionVersion":1,"projectAdmissionMode":"enumerated",
             "enabledProjectIds":["alpha","beta"],"appliedProjectIds":["alpha","beta"],
             "allowedProjects":["alpha","beta"],"timestamp":"2026-06-02T14:00:00Z"}""";

    @RegisterExtension
    final FakeDaemon daemon = FakeDaemon.started();

    @Test
    void statusPrintsTheSpecLayoutExactly() {
        daemon.reply("GET", "/api/daemon/status", 200, STATUS);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "status");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                  Daemon:        ready
                  Machine:       hst_01jfx3q8m2v7c9k4t6b1n0r5ze
                  Version:       0.1.0
                  PID:           12345
                  Uptime:        4h23m
                  Sessions:      2 / 8
                  Projects:      1 allowed
                  Registration:  registered (last poll 2026-06-02T13:59:58Z, 0 failures)
                  Timestamp:     2026-06-02T14:00:00Z
                """);
        assertThat(daemon.requestLines()).containsExactly("GET /api/daemon/status");
    }

    @Test
    void statusJsonIsTheDaemonBodyPrettyAndAlone() {
        daemon.reply("GET", "/api/daemon/status", 200, STATUS);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "status", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("{\n  \"status\": \"ready\",\n  \"machineId\": ").endsWith("}\n");
        assertThat(Json.parse(result.out())).isEqualTo(Json.parse(STATUS));
    }

    @Test
    void statusShowsAFailingRegistrationWithItsLastError() {
        daemon.reply("GET", "/api/daemon/status", 200, """
                {"status":"degraded","machineId":"hst_1","version":"0.1.0","pid":7,"uptimeSeconds":303,
                 "activeSessions":0,"maxSessions":4,"projectsAllowed":0,"timestamp":"2026-06-02T14:00:00Z",
                 "registration":{"state":"failing","lastPollAt":"2026-06-02T13:59:58Z","lastError":"HTTP 502",
                                 "consecutiveFailures":4}}""");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "status");

        assertThat(result.outLines()).contains(
                "  Daemon:        degraded",
                "  Uptime:        5m3s",
                "  Projects:      0 allowed",
                "  Registration:  failing (4 failures, last error: HTTP 502)");
    }

    @Test
    void statsPrintsItsRows() {
        daemon.reply("GET", "/api/daemon/stats", 200, STATS);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "stats");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "  Worker:            (standalone)",
                "  Registration:      disabled",
                "  Active sessions:   2 / 8",
                "  Queue depth:       0",
                "  Capacity:          8 sessions, 4 vCPU / 8192 MB per session",
                "  Allowed projects:  2 (alpha, beta)",
                "  Timestamp:         2026-06-02T14:00:00Z");
    }

    @Test
    void statsNamesAStubWorker() {
        daemon.reply("GET", "/api/daemon/stats", 200, STATS
                .replace("\"state\":\"disabled\"", "\"state\":\"stub\",\"workerId\":\"worker-box-stub\"")
                .replace("\"queueDepth\":0,", "\"queueDepth\":0,\"workerId\":\"worker-box-stub\",")
                .replace("[\"alpha\",\"beta\"],\"timestamp\"", "[],\"timestamp\""));

        CliRun.Result result = CliRun.run(daemon.env(), "host", "stats");

        assertThat(result.outLines()).contains(
                "  Worker:            worker-box-stub (stub)",
                "  Registration:      stub",
                "  Allowed projects:  0");
    }

    @Test
    void poolAndByMachineAreAskedForAndShown() {
        daemon.reply("GET", "/api/daemon/stats?pool=true&byMachine=true", 200, STATS.replace("\"timestamp\"",
                "\"pool\":{\"entries\":3,\"diskBytes\":1024},"
                        + "\"byMachine\":[{\"id\":\"hst_1\",\"region\":\"eu\",\"status\":\"ready\",\"version\":\"0.1.0\","
                        + "\"activeSessions\":2,\"capacity\":8,\"uptimeSeconds\":42,\"lastSeenAt\":\"2026-06-02T14:00:00Z\"}],"
                        + "\"timestamp\""));

        CliRun.Result result = CliRun.run(daemon.env(), "host", "stats", "--pool", "--by-machine");

        assertThat(result.exitCode()).isZero();
        assertThat(daemon.requestLines()).containsExactly("GET /api/daemon/stats?pool=true&byMachine=true");
        assertThat(result.outLines()).containsSubsequence(
                "  Allowed projects:  2 (alpha, beta)",
                "  Workarea pool:     entries=3, diskBytes=1024",
                "  Timestamp:         2026-06-02T14:00:00Z",
                "",
                "MACHINE  REGION  STATUS  VERSION  SESSIONS  UPTIME  LAST SEEN",
                "hst_1    eu      ready   0.1.0    2         42s     2026-06-02T14:00:00Z");
    }

    @Test
    void poolAloneSendsOnlyPool() {
        daemon.reply("GET", "/api/daemon/stats?pool=true", 200, STATS);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "stats", "--pool", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(daemon.requestLines()).containsExactly("GET /api/daemon/stats?pool=true");
        assertThat(Json.parse(result.out())).isEqualTo(Json.parse(STATS));
    }

    @Test
    void rejectedTokenAndDaemonErrorsFollowTheConventions() {
        daemon.reply("GET", "/api/daemon/status", 401, "{\"error\":\"missing or invalid control token\"}");
        daemon.reply("GET", "/api/daemon/stats", 500, "{\"error\":\"state.db is locked\"}");

        CliRun.Result status = CliRun.run(daemon.env(java.util.Map.of("RENSEI_HOME", "/tmp/rh")), "host", "status");
        CliRun.Result stats = CliRun.run(daemon.env(), "host", "stats", "--json");

        assertThat(status.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(status.out()).isEmpty();
        assertThat(status.errLines()).containsExactly("error: control token rejected (/tmp/rh/control-token)");
        assertThat(stats.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(stats.out()).isEmpty();
        assertThat(stats.errLines()).containsExactly("error: state.db is locked");
    }

    @Test
    void statusOfADaemonThatIsDownSaysHowToStartIt() throws IOException {
        int port = DaemonDownTest.closedLoopbackPort();

        CliRun.Result result = CliRun.run("host", "status", "--port", String.valueOf(port));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "error: daemon is not running at http://127.0.0.1:" + port,
                "hint: start it with `rensei host run` (foreground) or `rensei host start` "
                        + "(installed service; first time: `rensei host install`)");
    }
}
