package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code host uninstall} end to end against a fake {@code systemctl} on PATH. */
class HostUninstallFakeSystemctlTest {

    @TempDir
    Path tmp;

    private HostFixture host;

    @BeforeEach
    void installed() throws IOException {
        host = new HostFixture(tmp);
        assertThat(host.run("host", "install", "--project", "alpha", "--skip-service-manager").exitCode()).isZero();
    }

    @Test
    void uninstallStopsDisablesDeletesReloadsAndKeepsTheConfig() throws IOException {
        Path jwt = Files.writeString(host.home.resolve("daemon.jwt"), "eyJ");

        CliRun.Result result = host.run("host", "uninstall");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "Service removed: " + host.userUnit(),
                "Cleared cached JWT at " + jwt);
        assertThat(host.userUnit()).doesNotExist();
        assertThat(jwt).doesNotExist();
        assertThat(host.daemonYaml()).exists();
        assertThat(host.calls()).containsExactly(
                "systemctl --user show-environment",
                "systemctl --user disable --now dev.rensei.daemon.service",
                "systemctl --user show-environment",
                "systemctl --user daemon-reload");
    }

    @Test
    void uninstallWithoutAServiceSaysSoAndSucceeds() {
        host.run("host", "uninstall", "--skip-service-manager");

        CliRun.Result result = host.run("host", "uninstall");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("No service registered at " + host.userUnit());
        assertThat(host.calls()).isEmpty();
    }

    @Test
    void unusableManagerStillRemovesTheFileWithAWarning() {
        host.with("FAKE_MODE", "nobus");

        CliRun.Result result = host.run("host", "uninstall");

        assertThat(result.exitCode()).isZero();
        assertThat(host.userUnit()).doesNotExist();
        assertThat(result.errLines()).first().asString()
                .startsWith("warning: service manager unavailable: Failed to connect to bus");
    }

    @Test
    void jsonReportsPathRemovedAndJwt() {
        CliRun.Result result = host.run("host", "uninstall", "--skip-service-manager", "--json");

        JsonNode body = Json.parse(result.out()).orElseThrow();
        assertThat(body.fieldNames()).toIterable().containsExactly("servicePath", "removed", "jwtWiped");
        assertThat(body.path("servicePath").asText()).isEqualTo(host.userUnit().toString());
        assertThat(body.path("removed").asBoolean()).isTrue();
        assertThat(body.path("jwtWiped").asBoolean()).isFalse();
    }

    @Test
    void satelliteUninstallRemovesOnlyThatOrgsFiles() throws IOException {
        host.run("host", "install", "--org", "partner-co", "--project", "p");
        Path satellite = host.home.resolve("daemon-partner-co.yaml");
        Path jwt = Files.writeString(host.home.resolve("daemon-partner-co.jwt"), "eyJ");

        CliRun.Result result = host.run("host", "uninstall", "--org", "partner-co");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines())
                .containsExactly("Satellite removed: " + satellite, "Cleared cached JWT at " + jwt);
        assertThat(satellite).doesNotExist();
        assertThat(jwt).doesNotExist();
        assertThat(host.userUnit()).exists();
        assertThat(host.daemonYaml()).exists();
        assertThat(Files.readString(host.contextJson())).doesNotContain("partner-co");
        assertThat(host.calls()).isEmpty();
    }

    @Test
    void systemScopeUninstallNeedsRoot() {
        host.uid = 1000;

        CliRun.Result result = host.run("host", "uninstall", "--system");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("--system requires root (run with sudo)");
    }
}
