package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code host update}: the Homebrew steps, or {@code POST /update} to a fake daemon. */
class HostUpdateTest {

    @TempDir
    Path tmp;

    private HostFixture host;

    @BeforeEach
    void machine() throws IOException {
        host = new HostFixture(tmp);
    }

    @Test
    void homebrewBinaryPrintsTheTwoStepsAndContactsNoDaemon() throws IOException {
        Path cellar = HostFixture.executable(tmp.resolve("opt/homebrew/Cellar/rensei/0.1.0/bin/rensei"), "#!/bin/sh\n");
        Path link = Files.createDirectories(tmp.resolve("opt/homebrew/bin")).resolve("rensei");
        Files.createSymbolicLink(link, cellar);
        try (FakeScriptedDaemon daemon = new FakeScriptedDaemon()) {
            host.with("RENSEI_BIN", link.toString()).with("RENSEI_DAEMON_URL", daemon.url());

            CliRun.Result result = host.run("host", "update");

            assertThat(result.exitCode()).isZero();
            assertThat(result.outLines()).containsExactly("brew upgrade rensei", "rensei host install");
            assertThat(daemon.requests).isEmpty();
        }
    }

    @Test
    void forceOrANonHomebrewBinaryAsksTheDaemon() throws IOException {
        Path cellar = HostFixture.executable(tmp.resolve("Cellar/rensei/bin/rensei"), "#!/bin/sh\n");
        try (FakeScriptedDaemon daemon = new FakeScriptedDaemon()) {
            daemon.reply("POST /api/daemon/update", 200, "{\"ok\":true,\"message\":\"update initiated\"}");
            host.with("RENSEI_BIN", cellar.toString()).with("RENSEI_DAEMON_URL", daemon.url());

            CliRun.Result forced = host.run("host", "update", "--force");
            host.with("RENSEI_BIN", host.rensei.toString());
            CliRun.Result plain = host.run("host", "update");

            assertThat(forced.exitCode()).isZero();
            assertThat(forced.outLines()).containsExactly("update: update initiated");
            assertThat(plain.outLines()).containsExactly("update: update initiated");
            assertThat(daemon.requests).containsExactly("POST /api/daemon/update", "POST /api/daemon/update");
        }
    }

    @Test
    void conflictIsPrintedAsTheVerbAndExitsOne() throws IOException {
        try (FakeScriptedDaemon daemon = new FakeScriptedDaemon()) {
            daemon.reply("POST /api/daemon/update", 409,
                    "{\"ok\":false,\"error\":\"no update source configured\",\"code\":\"update_unavailable\"}");
            host.with("RENSEI_DAEMON_URL", daemon.url());

            CliRun.Result result = host.run("host", "update");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).containsExactly("update: no update source configured");
        }
    }

    @Test
    void daemonDownIsTheUsualError() throws IOException {
        host.with("RENSEI_DAEMON_URL", "http://127.0.0.1:" + DaemonDownTest.closedLoopbackPort());

        CliRun.Result result = host.run("host", "update");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).first().asString().startsWith("error: daemon is not running at ");
    }

    @Test
    void controlPortComesFromDaemonYamlWhenNoUrlIsSet() throws IOException {
        try (FakeScriptedDaemon daemon = new FakeScriptedDaemon()) {
            daemon.reply("POST /api/daemon/update", 200, "{\"ok\":true,\"message\":\"update initiated\"}");
            Files.createDirectories(host.home);
            Files.writeString(host.daemonYaml(), "control:\n  port: " + daemon.port() + "\n");

            assertThat(host.run("host", "update").outLines()).containsExactly("update: update initiated");
        }
    }
}
