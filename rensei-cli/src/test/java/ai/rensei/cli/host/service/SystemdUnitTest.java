package ai.rensei.cli.host.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemdUnitTest {

    @Test
    void plainUserUnitIsExactlyTheSpecifiedText() {
        String unit = SystemdUnit.render(new ServiceDefinition(Path.of("/usr/local/bin/rensei"), Optional.empty(),
                Map.of(), Optional.empty()));

        assertThat(unit).isEqualTo("""
                [Unit]
                Description=Rensei host daemon
                After=network-online.target
                Wants=network-online.target

                [Service]
                Type=simple
                ExecStart=/usr/local/bin/rensei host run
                Restart=on-failure
                RestartSec=5s
                SuccessExitStatus=3
                RestartForceExitStatus=3

                [Install]
                WantedBy=default.target
                """);
    }

    @Test
    void systemUnitRunsAsTheUserWithConfigAndEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("RENSEI_HOME", "/home/ada/.rensei");
        env.put("JAVA_HOME", "/opt/jdk 17");
        String unit = SystemdUnit.render(new ServiceDefinition(Path.of("/opt/my tools/rensei"),
                Optional.of(Path.of("/etc/rensei/daemon.yaml")), env, Optional.of("ada")));

        assertThat(unit).contains("""
                [Service]
                Type=simple
                User=ada
                Environment=RENSEI_HOME=/home/ada/.rensei
                Environment="JAVA_HOME=/opt/jdk 17"
                ExecStart="/opt/my tools/rensei" host run --config /etc/rensei/daemon.yaml
                """).endsWith("[Install]\nWantedBy=multi-user.target\n");
    }

    @Test
    void specifiersAndVariablesInPathsAreEscaped() {
        String unit = SystemdUnit.render(new ServiceDefinition(Path.of("/opt/100%/$HOME/rensei"), Optional.empty(),
                Map.of("RENSEI_HOME", "/data/50%"), Optional.empty()));

        assertThat(unit).contains("Environment=RENSEI_HOME=/data/50%%\n")
                .contains("ExecStart=/opt/100%%/$$HOME/rensei host run\n");
    }

    @Test
    void renderedCommandReadsBackAsWritten() {
        ServiceDefinition definition = new ServiceDefinition(Path.of("/opt/my \"odd\" 100%/rensei"),
                Optional.of(Path.of("/tmp/a b/c.yaml")), Map.of(), Optional.empty());

        assertThat(InstalledService.execStart(SystemdUnit.render(definition))).isEqualTo(definition.command());
    }
}
