package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.output.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code host session list|show|stop} against a fake daemon (host.md §1.2, §3.2, §5.4). */
class FakeDaemonSessionCommandsTest {

    @RegisterExtension
    final FakeDaemon daemon = FakeDaemon.started();

    @Test
    void listPrintsOneRowPerSessionWithItsAge() {
        Instant accepted = Instant.now().minus(3, ChronoUnit.HOURS).minus(7, ChronoUnit.MINUTES);
        daemon.reply("GET", "/api/daemon/sessions", 200, "[{\"sessionId\":\"ses_01\",\"state\":\"running\","
                + "\"acceptedAt\":\"" + accepted + "\",\"projectId\":\"alpha\",\"harness\":\"stub\"},"
                + "{\"sessionId\":\"ses_02\",\"state\":\"accepted\",\"acceptedAt\":\"not a time\"}]");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "session", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "SESSION  STATE     PROJECT  HARNESS  AGE",
                "ses_01   running   alpha    stub     3h7m",
                "ses_02   accepted  -        -        -");
    }

    @Test
    void emptyListSaysNoActiveSessions() {
        daemon.reply("GET", "/api/daemon/sessions", 200, "[]");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "session", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("No active sessions");
    }

    @Test
    void allAsksForRetainedSessionsAndJsonPrintsTheArray() {
        String body = "[{\"sessionId\":\"ses_01\",\"state\":\"completed\",\"acceptedAt\":\"2026-06-02T13:00:00Z\","
                + "\"verdict\":\"passed\"}]";
        daemon.reply("GET", "/api/daemon/sessions?all=true", 200, body);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "session", "list", "--all", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(daemon.requestLines()).containsExactly("GET /api/daemon/sessions?all=true");
        assertThat(result.out()).startsWith("[\n  {\n    \"sessionId\": \"ses_01\",");
        assertThat(Json.parse(result.out())).isEqualTo(Json.parse(body));
    }

    @Test
    void showPrintsTheHandleThenSpecAndWorkItem() {
        daemon.reply("GET", "/api/daemon/sessions/ses_01", 200, """
                {"sessionId":"ses_01","state":"terminated","acceptedAt":"2026-06-02T13:00:00Z",
                 "startedAt":"2026-06-02T13:00:01Z","endedAt":"2026-06-02T13:05:00Z","pid":4242,
                 "projectId":"alpha","repository":"acme/alpha","canonicalRepository":"https://github.com/acme/alpha",
                 "ref":"main","harness":"stub","source":"api","failureMode":"operator-cancelled","exitCode":143,
                 "spec":{"sessionId":"ses_01","repository":"acme/alpha","env":{"API_KEY":"***"},"prompt":"line one\\nline two"},
                 "workItem":{"id":"wi_9"}}""");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "session", "show", "ses_01");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "  Session:               ses_01",
                "  State:                 terminated",
                "  Accepted:              2026-06-02T13:00:00Z",
                "  Started:               2026-06-02T13:00:01Z",
                "  Ended:                 2026-06-02T13:05:00Z",
                "  PID:                   4242",
                "  Project:               alpha",
                "  Repository:            acme/alpha",
                "  Canonical repository:  https://github.com/acme/alpha",
                "  Ref:                   main",
                "  Harness:               stub",
                "  Source:                api",
                "  Failure mode:          operator-cancelled",
                "  Exit code:             143",
                "  Spec:",
                "    sessionId: ses_01",
                "    repository: acme/alpha",
                "    env: {\"API_KEY\":\"***\"}",
                "    prompt: \"line one\\nline two\"",
                "  Work item:",
                "    id: wi_9");
    }

    @Test
    void showOfAnUnknownSessionFailsWithTheDaemonError() {
        daemon.reply("GET", "/api/daemon/sessions/ses_x", 404, "{\"error\":\"session not found\",\"sessionId\":\"ses_x\"}");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "session", "show", "ses_x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("error: session not found");
    }

    @Test
    void stopSendsTheReasonAndPrintsTheMode() {
        daemon.reply("POST", "/api/daemon/sessions/ses_01/stop", 200,
                "{\"sessionId\":\"ses_01\",\"stopped\":true,\"mode\":\"operator-cancelled\"}");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "session", "stop", "ses_01", "--reason", "wrong branch");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("stop: ses_01 stopped (operator-cancelled)");
        assertThat(daemon.requests()).singleElement()
                .extracting(FakeDaemon.Request::body).isEqualTo("{\"reason\":\"wrong branch\"}");
    }

    @Test
    void stopWithoutReasonSendsAnEmptyObjectAndJsonPrintsTheReply() {
        String reply = "{\"sessionId\":\"ses_01\",\"stopped\":true,\"mode\":\"operator-cancelled\"}";
        daemon.reply("POST", "/api/daemon/sessions/ses_01/stop", 200, reply);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "session", "stop", "ses_01", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(Json.parse(result.out())).isEqualTo(Json.parse(reply));
        assertThat(result.out()).startsWith("{\n  \"sessionId\": \"ses_01\",");
        assertThat(daemon.requests()).singleElement().extracting(FakeDaemon.Request::body).isEqualTo("{}");
    }

    @Test
    void stopOfAnUnknownOrFinishedSessionFails() {
        daemon.reply("POST", "/api/daemon/sessions/ses_x/stop", 404,
                "{\"error\":\"session not found\",\"sessionId\":\"ses_x\"}");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "session", "stop", "ses_x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("error: session not found");
    }
}
