package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code host install} end to end against fake {@code systemctl}/{@code launchctl} scripts on PATH. */
class HostInstallFakeSystemctlTest {

    private static final String NO_TOKEN =
            "warning: no install token; the daemon runs standalone until orchestrator.authToken is set";

    @TempDir
    Path tmp;

    private HostFixture host;

    @BeforeEach
    void machine() throws IOException {
        host = new HostFixture(tmp);
    }

    @Test
    void installWritesTheUserUnitRecordsProjectsAndRunsSystemctlUser() throws IOException {
        host.with("JAVA_HOME", "/opt/jdk-17");

        CliRun.Result result = host.run("host", "install", "--project", "alpha, beta,,alpha",
                "--project", "gamma=https://github.com/acme/gamma.git");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "Service registered: " + host.userUnit(),
                "Service command: " + host.rensei + " host run",
                "Config: " + host.daemonYaml() + " (projects: alpha, beta, gamma)");
        assertThat(result.errLines()).containsExactly(NO_TOKEN);
        assertThat(Files.readString(host.userUnit())).isEqualTo("""
                [Unit]
                Description=Rensei host daemon
                After=network-online.target
                Wants=network-online.target

                [Service]
                Type=simple
                Environment=RENSEI_HOME=%s
                Environment=JAVA_HOME=/opt/jdk-17
                ExecStart=%s host run
                Restart=on-failure
                RestartSec=5s
                SuccessExitStatus=3
                RestartForceExitStatus=3

                [Install]
                WantedBy=default.target
                """.formatted(host.home, host.rensei));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(host.userUnit())))
                .isEqualTo("rw-r--r--");
        assertThat(host.calls()).containsExactly(
                "systemctl --user show-environment",
                "systemctl --user daemon-reload",
                "systemctl --user enable dev.rensei.daemon.service",
                "systemctl --user restart dev.rensei.daemon.service");
        String yaml = Files.readString(host.daemonYaml());
        assertThat(yaml).contains("id: alpha", "id: beta", "id: gamma",
                "repository: https://github.com/acme/gamma.git");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(host.daemonYaml())))
                .isEqualTo("rw-------");
        JsonNode context = Json.parse(Files.readString(host.contextJson())).orElseThrow();
        assertThat(context.path("host").path("projects").toString()).isEqualTo("[\"alpha\",\"beta\",\"gamma\"]");
        assertThat(context.path("activeProject").asText()).isEqualTo("alpha");
    }

    @Test
    void reinstallAddsToTheSavedProjectsAndReplaceProjectsStartsOver() throws IOException {
        assertThat(host.run("host", "install", "--project", "alpha,beta").exitCode()).isZero();

        CliRun.Result union = host.run("host", "install", "--project", "gamma");
        assertThat(union.outLines()).contains("Config: " + host.daemonYaml() + " (projects: alpha, beta, gamma)");

        CliRun.Result replaced = host.run("host", "install", "--replace-projects", "--project", "delta");
        assertThat(replaced.outLines()).contains("Config: " + host.daemonYaml() + " (projects: delta)");
        assertThat(Files.readString(host.daemonYaml())).contains("id: delta").doesNotContain("alpha");
        assertThat(Files.readString(host.contextJson())).contains("\"delta\"").doesNotContain("\"beta\"");
    }

    @Test
    void nothingToRecordLeavesTheConfigAloneAndSaysUnchanged() {
        CliRun.Result result = host.run("host", "install");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).contains("Config: " + host.daemonYaml() + " (unchanged)");
        assertThat(host.daemonYaml()).doesNotExist();
    }

    @Test
    void withoutProjectsTheActiveProjectOfTheSavedContextIsServed() throws IOException {
        Files.createDirectories(host.contextJson().getParent());
        Files.writeString(host.contextJson(), "{\"activeProject\":\"saved-one\",\"auth\":{\"keep\":true}}");

        CliRun.Result result = host.run("host", "install");

        assertThat(result.outLines()).contains("Config: " + host.daemonYaml() + " (projects: saved-one)");
        assertThat(Files.readString(host.contextJson())).contains("\"keep\": true").contains("saved-one");
    }

    @Test
    void theRootProjectOverrideBeatsTheSavedActiveProject() throws IOException {
        Files.createDirectories(host.contextJson().getParent());
        Files.writeString(host.contextJson(), "{\"activeProject\":\"saved-one\"}");

        CliRun.Result result = host.run("--project", "override", "host", "install");

        assertThat(result.outLines()).contains("Config: " + host.daemonYaml() + " (projects: override)");
    }

    @Test
    void environmentTokenIsRecordedAndSilencesTheWarningWithoutBeingPrinted() throws IOException {
        host.with("RENSEI_DAEMON_TOKEN", "rsp_live_install_token_123");

        CliRun.Result result = host.run("host", "install", "--project", "alpha");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).doesNotContain("rsp_live_install_token_123");
        assertThat(Files.readString(host.daemonYaml())).contains("authToken: rsp_live_install_token_123");
    }

    @Test
    void tokenAlreadyInTheConfigCountsAsKnown() throws IOException {
        Files.createDirectories(host.home);
        Files.writeString(host.daemonYaml(), "orchestrator:\n  url: https://orchestrator.example\n  authToken: abc\n");

        CliRun.Result result = host.run("host", "install", "--project", "alpha");

        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(host.daemonYaml())).contains("authToken: abc", "id: alpha");
    }

    @Test
    void cachedJwtIsDeletedAndReported() throws IOException {
        Files.createDirectories(host.home);
        Path jwt = Files.writeString(host.home.resolve("daemon.jwt"), "eyJ.old.jwt");

        CliRun.Result result = host.run("host", "install", "--project", "alpha");

        assertThat(jwt).doesNotExist();
        assertThat(result.outLines()).last().isEqualTo("Cleared cached JWT at " + jwt);
    }

    @Test
    void jsonPrintsTheInstallRecordAlone() throws IOException {
        CliRun.Result result = host.run("host", "install", "--project", "alpha", "--skip-service-manager", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode body = Json.parse(result.out()).orElseThrow();
        assertThat(body.fieldNames()).toIterable().containsExactly("servicePath", "serviceCommand", "serviceManager",
                "configPath", "projects", "jwtWiped");
        assertThat(body.path("servicePath").asText()).isEqualTo(host.userUnit().toString());
        assertThat(body.path("serviceCommand").asText()).isEqualTo(host.rensei + " host run");
        assertThat(body.path("serviceManager").asText()).isEqualTo("skipped");
        assertThat(body.path("configPath").asText()).isEqualTo(host.daemonYaml().toString());
        assertThat(body.path("projects").toString()).isEqualTo("[\"alpha\"]");
        assertThat(body.path("jwtWiped").asBoolean(true)).isFalse();
        assertThat(host.calls()).isEmpty();
    }

    @Test
    void jsonNamesTheServiceManagerThatRan() {
        CliRun.Result result = host.run("host", "install", "--json");

        assertThat(Json.parse(result.out()).orElseThrow().path("serviceManager").asText()).isEqualTo("systemd-user");
    }

    @Test
    void configFlagIsPassedToTheServiceAndWrittenTo() throws IOException {
        Path config = tmp.resolve("conf dir/custom.yaml");

        CliRun.Result result = host.run("host", "install", "--config", config.toString(), "--project", "alpha",
                "--skip-service-manager");

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(host.userUnit()))
                .contains("ExecStart=" + host.rensei + " host run --config \"" + config + "\"\n");
        assertThat(result.outLines()).contains(
                "Service command: " + host.rensei + " host run --config \"" + config + "\"",
                "Config: " + config + " (projects: alpha)");
        assertThat(config).exists();
    }

    @Test
    void binPathMustBeAbsoluteAndExecutable() throws IOException {
        Path notExecutable = Files.writeString(tmp.resolve("plain"), "");

        assertThat(host.run("host", "install", "--bin-path", "relative/rensei").exitCode()).isEqualTo(2);
        CliRun.Result result = host.run("host", "install", "--bin-path", notExecutable.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--bin-path must be an absolute path to an executable file");
        assertThat(host.userUnit()).doesNotExist();
    }

    @Test
    void binPathWinsOverTheLauncherVariable() throws IOException {
        Path other = HostFixture.executable(tmp.resolve("other dir/rensei"), "#!/bin/sh\n");

        CliRun.Result result = host.run("host", "install", "--bin-path", other.toString(), "--skip-service-manager");

        assertThat(result.outLines()).contains("Service command: \"" + other + "\" host run");
        assertThat(Files.readString(host.userUnit())).contains("ExecStart=\"" + other + "\" host run\n");
    }

    @Test
    void withoutLauncherVariableRenseiIsFoundOnPath() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("on-path"));
        Path onPath = HostFixture.executable(dir.resolve("rensei"), "#!/bin/sh\n");
        host.without("RENSEI_BIN").with("PATH", host.fakeBin + ":" + dir);

        CliRun.Result result = host.run("host", "install", "--skip-service-manager");

        assertThat(result.outLines()).contains("Service command: " + onPath.toRealPath() + " host run");
    }

    @Test
    void noExecutableAnywhereIsAUsageError() {
        host.without("RENSEI_BIN").with("PATH", host.fakeBin.toString());

        CliRun.Result result = host.run("host", "install");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("cannot determine the rensei executable; pass --bin-path");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void userWithSystemIsAUsageError() {
        CliRun.Result result = host.run("host", "install", "--user", "--system");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("cannot specify both --user and --system");
    }

    @Test
    void systemScopeNeedsRoot() throws IOException {
        host.uid = 1000;

        CliRun.Result result = host.run("host", "install", "--system");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("--system requires root (run with sudo)");
        assertThat(host.calls()).isEmpty();
    }

    @Test
    void unusableServiceManagerFailsAfterWritingTheUnit() throws IOException {
        host.with("FAKE_MODE", "nobus");

        CliRun.Result result = host.run("host", "install", "--project", "alpha");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).contains("service manager unavailable: Failed to connect to bus: "
                + "No medium found; "
                + "run `rensei host run` in the foreground");
        assertThat(host.userUnit()).exists();
        assertThat(result.outLines()).first().isEqualTo("Service registered: " + host.userUnit());
    }

    @Test
    void invalidDaemonYamlIsAConfigErrorAndNothingIsWritten() throws IOException {
        Files.createDirectories(host.home);
        Files.writeString(host.daemonYaml(), "capacity:\n  maxConcurrentSessions: lots\n");

        CliRun.Result result = host.run("host", "install", "--project", "alpha");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                host.daemonYaml() + ":2:26: capacity.maxConcurrentSessions: must be an integer");
        assertThat(host.userUnit()).doesNotExist();
    }

    @Test
    void satelliteInstallWritesItsOwnConfigAndLeavesTheServiceAlone() throws IOException {
        Files.createDirectories(host.home);
        Path jwt = Files.writeString(host.home.resolve("daemon-partner-co.jwt"), "old");

        CliRun.Result result = host.run("host", "install", "--org", "partner-co", "--project", "partner-proj");

        Path satellite = host.home.resolve("daemon-partner-co.yaml");
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "Satellite config written: " + satellite,
                "Cleared cached JWT at " + jwt,
                "Run `rensei host restart` to activate.");
        assertThat(Files.readString(satellite)).contains("id: partner-proj");
        assertThat(jwt).doesNotExist();
        assertThat(host.userUnit()).doesNotExist();
        assertThat(host.calls()).isEmpty();
        JsonNode context = Json.parse(Files.readString(host.contextJson())).orElseThrow();
        assertThat(context.path("host").path("satellites").path("partner-co").path("projects").toString())
                .isEqualTo("[\"partner-proj\"]");
    }

    @Test
    void satelliteOrgMustBeASlug() {
        CliRun.Result result = host.run("host", "install", "--org", "Partner_Co");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("invalid --org \"Partner_Co\"");
    }

    @Test
    void macosInstallWritesTheLaunchAgentAndBootstrapsIt() throws IOException {
        host.os = LocalSystem.Os.MACOS;
        host.uid = 501;

        CliRun.Result result = host.run("host", "install", "--user", "--project", "alpha");

        Path plist = host.userHome.resolve("Library/LaunchAgents/dev.rensei.daemon.plist");
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).first().isEqualTo("Service registered: " + plist);
        assertThat(Files.readString(plist, StandardCharsets.UTF_8))
                .contains("<string>" + host.rensei + "</string>", "<string>host</string>", "<string>run</string>")
                .contains(host.userHome.resolve("Library/Logs/rensei/daemon-error.log").toString());
        assertThat(host.userHome.resolve("Library/Logs/rensei")).isDirectory();
        assertThat(host.calls()).containsExactly(
                "launchctl print gui/501",
                "launchctl bootout gui/501/dev.rensei.daemon",
                "launchctl bootstrap gui/501 " + plist,
                "launchctl kickstart -k gui/501/dev.rensei.daemon");
    }

    @Test
    void systemOnMacosIsAUsageError() {
        host.os = LocalSystem.Os.MACOS;

        assertThat(host.run("host", "install", "--system").exitCode()).isEqualTo(2);
    }
}
