package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code host start}/{@code restart} against a fake {@code systemctl} and a fake daemon whose {@code /healthz}
 * turns 200 once the fake manager has "started" the service (it touches a marker file).
 */
class HostStartRestartFakeSystemctlTest {

    @TempDir
    Path tmp;

    private HostFixture host;
    private FakeScriptedDaemon daemon;
    private Path started;

    @BeforeEach
    void installedServiceAndStoppedDaemon() throws IOException {
        host = new HostFixture(tmp);
        daemon = new FakeScriptedDaemon();
        started = tmp.resolve("started");
        daemon.reply("GET /healthz", () -> Files.exists(started) ? new FakeScriptedDaemon.Reply(200, "ok")
                : new FakeScriptedDaemon.Reply(503, "{\"error\":\"daemon is still starting\"}"));
        host.with("RENSEI_DAEMON_URL", daemon.url()).with("FAKE_STARTED", started.toString());
        assertThat(host.run("host", "install", "--skip-service-manager").exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    @Test
    void startAsksTheManagerAndWaitsForHealth() throws IOException {
        CliRun.Result result = host.run("host", "start");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("start: running at " + daemon.url());
        assertThat(host.calls()).containsExactly(
                "systemctl --user show-environment",
                "systemctl --user start dev.rensei.daemon.service");
    }

    @Test
    void startWhenTheDaemonAlreadyAnswersDoesNothing() throws IOException {
        Files.createFile(started);

        CliRun.Result result = host.run("host", "start");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("start: already running at " + daemon.url());
        assertThat(host.calls()).isEmpty();
    }

    @Test
    void restartAlwaysAsksTheManager() throws IOException {
        Files.createFile(started);

        CliRun.Result result = host.run("host", "restart");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("restart: running at " + daemon.url());
        assertThat(host.calls()).containsExactly(
                "systemctl --user show-environment",
                "systemctl --user restart dev.rensei.daemon.service");
    }

    @Test
    void noWaitReturnsOnceTheManagerAccepted() {
        host.with("FAKE_STARTED", "");

        CliRun.Result result = host.run("host", "start", "--no-wait");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("start: requested");
        assertThat(host.time.slept()).isZero();
    }

    @Test
    void aDaemonThatNeverAnswersFailsAfterThirtySeconds() throws IOException {
        String nobody = "http://127.0.0.1:" + DaemonDownTest.closedLoopbackPort();
        host.with("RENSEI_DAEMON_URL", nobody);

        CliRun.Result result = host.run("host", "restart");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "error: daemon did not answer at " + nobody + " within 30s",
                "hint: see `journalctl --user -u dev.rensei.daemon`");
        assertThat(host.time.slept()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void notInstalledFailsWithTheInstallHint() {
        host.run("host", "uninstall", "--skip-service-manager");

        CliRun.Result result = host.run("host", "start");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("service is not installed; run `rensei host install`");
    }

    @Test
    void unusableManagerPointsAtTheForegroundDaemon() {
        host.with("FAKE_MODE", "nobus");

        CliRun.Result result = host.run("host", "restart");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("service manager unavailable: Failed to connect to bus: "
                + "No medium found; run `rensei host run` in the foreground");
    }

    @Test
    void missingSystemctlIsAnUnusableManager() {
        host.with("PATH", tmp.resolve("empty").toString());

        CliRun.Result result = host.run("host", "start");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("service manager unavailable: systemctl not found on PATH; "
                + "run `rensei host run` in the foreground");
    }

    @Test
    void userWithSystemIsAUsageError() {
        CliRun.Result result = host.run("host", "start", "--user", "--system");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("cannot specify both --user and --system");
    }
}
