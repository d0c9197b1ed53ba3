package ai.rensei.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./rensei host install|uninstall|doctor} as an operator runs them (host.md §2, §6), with the service manager
 * skipped: the unit file, the printed lines, the cached JWT wiped, and doctor's exit code with and without a unit.
 */
class HostServiceIT {

    @TempDir
    Path temp;

    @Test
    void installWritesTheUnitAndUninstallRemovesItWhileDoctorFollows() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path xdg = Files.createDirectories(temp.resolve("config"));
        Files.writeString(home.resolve("daemon.jwt"), "cached");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", xdg.toString());
        String bin = DaemonProcess.ROOT.resolve("rensei").toString();

        DaemonProcess.CliResult install = DaemonProcess.cli(home, env, "host", "install", "--skip-service-manager",
                "--bin-path", bin, "--project", "alpha,beta");
        assertThat(install.exitCode()).as(install.stderr()).isZero();
        Path unit = xdg.resolve("systemd/user/dev.rensei.daemon.service");
        assertThat(install.stdout()).contains("Service registered: " + unit)
                .contains("Service command: " + bin + " host run")
                .contains("Cleared cached JWT at " + home.resolve("daemon.jwt"));
        assertThat(Files.readString(unit)).contains("ExecStart=" + bin + " host run")
                .contains("Environment=RENSEI_HOME=" + home).contains("RestartForceExitStatus=3");
        assertThat(home.resolve("daemon.jwt")).doesNotExist();
        assertThat(Files.readString(home.resolve("daemon.yaml"))).contains("alpha").contains("beta");

        DaemonProcess.CliResult doctor = DaemonProcess.cli(home, env, "host", "doctor", "--json");
        JsonNode report = new ObjectMapper().readTree(doctor.stdout());
        assertThat(report.path("serviceInstalled").asBoolean()).isTrue();
        assertThat(report.path("checks").toString()).contains("\"id\":\"config-valid\",\"status\":\"pass\"");
        assertThat(doctor.exitCode()).isEqualTo(report.path("ok").asBoolean() ? 0 : 1);

        DaemonProcess.CliResult uninstall = DaemonProcess.cli(home, env, "host", "uninstall",
                "--skip-service-manager");
        assertThat(uninstall.exitCode()).isZero();
        assertThat(uninstall.stdout()).contains("Service removed: " + unit);
        assertThat(unit).doesNotExist();

        DaemonProcess.CliResult after = DaemonProcess.cli(home, env, "host", "doctor");
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.stdout()).contains("[FAIL] service-installed  no service registered at " + unit);
    }
}
