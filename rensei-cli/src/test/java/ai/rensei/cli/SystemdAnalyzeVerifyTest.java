package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.rensei.cli.host.service.ServiceDefinition;
import ai.rensei.cli.host.service.SystemdUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The units {@code host install} renders pass {@code systemd-analyze verify}, when that tool is on this machine.
 * {@code --user} verification needs a runtime directory, so the test gives it a private {@code XDG_RUNTIME_DIR}.
 */
class SystemdAnalyzeVerifyTest {

    private static final Path SYSTEMD_ANALYZE = Path.of("/usr/bin/systemd-analyze");

    @TempDir
    Path tmp;

    @Test
    void installedUserUnitVerifies() throws Exception {
        assumeTrue(Files.isExecutable(SYSTEMD_ANALYZE), "systemd-analyze is not installed");
        HostFixture host = new HostFixture(tmp);
        Path binary = HostFixture.executable(tmp.resolve("install dir/rensei"), "#!/bin/sh\n");
        CliRun.Result install = host.with("JAVA_HOME", "/usr/lib/jvm/java-17")
                .run("host", "install", "--bin-path", binary.toString(),
                        "--config", tmp.resolve("my config.yaml").toString(), "--skip-service-manager");
        assertThat(install.exitCode()).isZero();

        Result verify = verify(List.of("--user", "verify", host.userUnit().toString()));

        assertThat(verify.exitCode).as(verify.output).isZero();
    }

    @Test
    void systemUnitVerifies() throws Exception {
        assumeTrue(Files.isExecutable(SYSTEMD_ANALYZE), "systemd-analyze is not installed");
        Path binary = HostFixture.executable(tmp.resolve("bin/rensei"), "#!/bin/sh\n");
        Path unit = tmp.resolve("units/dev.rensei.daemon.service");
        Files.createDirectories(unit.getParent());
        Files.writeString(unit, SystemdUnit.render(new ServiceDefinition(binary, Optional.empty(),
                Map.of("RENSEI_HOME", tmp.resolve("home 100%").toString()), Optional.of("root"))),
                StandardCharsets.UTF_8);

        Result verify = verify(List.of("verify", unit.toString()));

        assertThat(verify.exitCode).as(verify.output).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private Result verify(List<String> args) throws IOException, InterruptedException {
        Path runtime = Files.createDirectories(tmp.resolve("runtime"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new ArrayList<>();
        command.add(SYSTEMD_ANALYZE.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
