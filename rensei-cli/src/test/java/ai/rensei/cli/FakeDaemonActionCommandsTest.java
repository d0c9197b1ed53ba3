package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code host pause|resume|drain|stop} against a fake daemon (host.md §1.2, §1.3 "Actions", §3.2). */
class FakeDaemonActionCommandsTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path home;

    @RegisterExtension
    final FakeDaemon daemon = FakeDaemon.started();
    private Map<String, String> env;

    @BeforeEach
    void writeToken() throws IOException {
        Files.writeString(home.resolve("control-token"), TOKEN + "\n");
        env = daemon.env(Map.of(CliEnvironment.HOME, home.toString()));
    }

    @Test
    void pausePrintsTheDaemonMessageAndSendsTheControlToken() {
        daemon.reply("POST", "/api/daemon/pause", 200, "{\"ok\":true,\"message\":\"paused\"}");

        CliRun.Result result = CliRun.run(env, "host", "pause");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly("pause: paused");
        assertThat(daemon.requests()).singleElement().satisfies(request -> {
            assertThat(request.line()).isEqualTo("POST /api/daemon/pause");
            assertThat(request.authorization()).contains("Bearer " + TOKEN);
        });
    }

    @Test
    void conflictIsPrintedAsVerbAndErrorOnStderr() {
        daemon.reply("POST", "/api/daemon/pause", 409,
                "{\"ok\":false,\"message\":\"cannot pause while daemon is draining\","
                        + "\"error\":\"cannot pause while daemon is draining\"}");
        daemon.reply("POST", "/api/daemon/resume", 409, "{\"error\":\"cannot resume while daemon is updating\"}");

        CliRun.Result pause = CliRun.run(env, "host", "pause");
        CliRun.Result resume = CliRun.run(env, "host", "resume");

        assertThat(pause.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(pause.out()).isEmpty();
        assertThat(pause.errLines()).containsExactly("pause: cannot pause while daemon is draining");
        assertThat(resume.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(resume.errLines()).containsExactly("resume: cannot resume while daemon is updating");
    }

    @Test
    void resumeReportsAlreadyReady() {
        daemon.reply("POST", "/api/daemon/resume", 200, "{\"ok\":true,\"message\":\"already ready\"}");

        CliRun.Result result = CliRun.run(env, "host", "resume");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("resume: already ready");
    }

    @Test
    void drainSendsItsTimeoutAndPrintsTheOutcome() {
        daemon.reply("POST", "/api/daemon/drain", 200,
                "{\"ok\":true,\"message\":\"drained (timeout 60s)\",\"remaining\":0}");

        CliRun.Result defaulted = CliRun.run(env, "host", "drain");
        CliRun.Result explicit = CliRun.run(env, "host", "drain", "--timeout", "120");

        assertThat(defaulted.exitCode()).isZero();
        assertThat(defaulted.outLines()).containsExactly("drain: drained (timeout 60s)");
        assertThat(explicit.exitCode()).isZero();
        assertThat(daemon.requests()).extracting(FakeDaemon.Request::body)
                .containsExactly("{\"timeoutSeconds\":0}", "{\"timeoutSeconds\":120}");
    }

    @Test
    void incompleteDrainIsAConflict() {
        daemon.reply("POST", "/api/daemon/drain", 409,
                "{\"ok\":false,\"error\":\"drain incomplete: 2 session(s) still running after 5s\",\"remaining\":2}");

        CliRun.Result result = CliRun.run(env, "host", "drain", "--timeout", "5");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("drain: drain incomplete: 2 session(s) still running after 5s");
    }

    @Test
    void negativeDrainTimeoutIsAUsageError() {
        CliRun.Result result = CliRun.run(env, "host", "drain", "--timeout", "-1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly("error: --timeout must be >= 0 (got -1)");
        assertThat(daemon.requests()).isEmpty();
    }

    @Test
    void stopWaitsUntilTheDaemonNoLongerAnswers() {
        daemon.reply("POST", "/api/daemon/stop", 200, "{\"ok\":true,\"message\":\"stopping\"}")
                .shutDownAfter("POST", "/api/daemon/stop");

        CliRun.Result result = CliRun.run(env, "host", "stop");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly("stop: stopping", "stop: stopped");
        assertThat(daemon.requestLines()).containsExactly("POST /api/daemon/stop");
    }

    @Test
    void stopWithoutWaitReturnsAtOnce() {
        daemon.reply("POST", "/api/daemon/stop", 200, "{\"ok\":true,\"message\":\"stopping\"}");

        CliRun.Result result = CliRun.run(env, "host", "stop", "--no-wait");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("stop: stopping");
        assertThat(daemon.requests()).extracting(FakeDaemon.Request::target).containsExactly("/api/daemon/stop");
    }

    @Test
    void withoutATokenFileNoAuthorizationIsSentAndA401NamesTheFile() throws IOException {
        Files.delete(home.resolve("control-token"));
        daemon.reply("POST", "/api/daemon/pause", 401, "{\"error\":\"missing or invalid control token\"}");

        CliRun.Result result = CliRun.run(env, "host", "pause");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).containsExactly("error: control token rejected (" + home.resolve("control-token") + ")");
        assertThat(daemon.requests()).singleElement()
                .extracting(FakeDaemon.Request::authorization).isEqualTo(Optional.empty());
    }

    @Test
    void actionsOnADaemonThatIsDownSayHowToStartIt() throws IOException {
        int port = DaemonDownTest.closedLoopbackPort();

        for (String verb : new String[] {"pause", "resume", "drain", "stop"}) {
            CliRun.Result result = CliRun.run(Map.of(CliEnvironment.HOME, home.toString()),
                    "host", verb, "--port", String.valueOf(port));

            assertThat(result.exitCode()).as(verb).isEqualTo(ExitCodes.FAILURE);
            assertThat(result.errLines()).as(verb).first()
                    .isEqualTo("error: daemon is not running at http://127.0.0.1:" + port);
        }
    }
}
