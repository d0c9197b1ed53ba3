package ai.rensei.cli.host.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The managers' commands, run as real processes against fake {@code systemctl}/{@code launchctl} scripts. */
class ServiceManagersFakeSystemctlTest {

    @TempDir
    Path tmp;

    private Path log;
    private Path bin;

    @BeforeEach
    void fakes() throws IOException {
        log = tmp.resolve("calls.log");
        bin = Files.createDirectories(tmp.resolve("bin"));
        String script = """
                #!/bin/sh
                echo "$(basename "$0") $*" >> "%s"
                case "$*" in
                  "print gui/501/dev.rensei.daemon")
                    printf 'gui/501/dev.rensei.daemon = {\\n\\tstate = running\\n}\\n';;
                  *is-active*) echo failed; exit 3;;
                  *restart*) echo "Job for dev.rensei.daemon.service failed." >&2; exit 1;;
                esac
                exit 0
                """.formatted(log);
        for (String name : List.of("systemctl", "launchctl")) {
            Path file = Files.writeString(bin.resolve(name), script);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private ServiceManager manager(ServiceScope scope) {
        return ServiceManagers.forScope(scope, new ProcessCommandRunner(Map.of(), List.of(bin)), 501);
    }

    @Test
    void systemScopeRunsSystemctlWithoutUser() throws IOException {
        ServiceManager manager = manager(ServiceScope.SYSTEMD_SYSTEM);

        manager.start(Path.of("/etc/systemd/system/dev.rensei.daemon.service"));
        manager.deactivate(Path.of("/etc/systemd/system/dev.rensei.daemon.service"));

        assertThat(Files.readAllLines(log)).containsExactly(
                "systemctl show-environment",
                "systemctl start dev.rensei.daemon.service",
                "systemctl show-environment",
                "systemctl disable --now dev.rensei.daemon.service");
    }

    @Test
    void aFailingCommandIsReportedWithItsStderr() {
        ServiceManager manager = manager(ServiceScope.SYSTEMD_USER);

        assertThatThrownBy(() -> manager.restart(Path.of("unit")))
                .isInstanceOfSatisfying(ServiceManagerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ServiceManagerException.Kind.FAILED);
                    assertThat(e.detail()).isEqualTo("`systemctl --user restart dev.rensei.daemon.service` failed: "
                            + "Job for dev.rensei.daemon.service failed.");
                });
    }

    @Test
    void isActiveStatesMapToRunningOrNot() {
        assertThat(manager(ServiceScope.SYSTEMD_USER).running()).isFalse();
        assertThat(manager(ServiceScope.LAUNCHD).running()).isTrue();
    }

    @Test
    void launchdStartBootstrapsThenKickstarts() throws IOException {
        manager(ServiceScope.LAUNCHD).start(Path.of("/Users/ada/Library/LaunchAgents/dev.rensei.daemon.plist"));

        assertThat(Files.readAllLines(log)).containsExactly(
                "launchctl print gui/501",
                "launchctl bootstrap gui/501 /Users/ada/Library/LaunchAgents/dev.rensei.daemon.plist",
                "launchctl kickstart gui/501/dev.rensei.daemon");
    }

    @Test
    void aCommandThatOutlivesTheTimeLimitIsKilled() throws IOException {
        Path sleeper = Files.writeString(bin.resolve("slow"), "#!/bin/sh\nexec sleep 30\n");
        Files.setPosixFilePermissions(sleeper, PosixFilePermissions.fromString("rwx------"));

        CommandResult result = new ProcessCommandRunner(Map.of(), List.of(bin), Duration.ofMillis(200))
                .run(List.of("slow"));

        assertThat(result.exitCode()).isEqualTo(-1);
        assertThat(result.detail()).isEqualTo("timed out");
    }
}
