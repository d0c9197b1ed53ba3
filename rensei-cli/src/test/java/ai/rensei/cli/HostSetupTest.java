package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code host setup}: skipped without a terminal; with a scripted terminal it writes daemon.yaml once. */
class HostSetupTest {

    @TempDir
    Path tmp;

    private HostFixture host;
    private final List<String> prompts = new ArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();

    @BeforeEach
    void machine() throws IOException {
        host = new HostFixture(tmp);
    }

    private void terminal(String... typed) {
        answers.addAll(List.of(typed));
        host.terminal = Optional.of(prompt -> {
            prompts.add(prompt);
            return Optional.ofNullable(answers.poll());
        });
    }

    @Test
    void withoutATerminalSetupIsSkipped() {
        CliRun.Result result = host.run("host", "setup");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("setup skipped: stdin is not a terminal");
        assertThat(host.daemonYaml()).doesNotExist();
    }

    @Test
    void answersAreWrittenKeepingOtherKeys() throws IOException {
        Files.createDirectories(host.home);
        Files.writeString(host.daemonYaml(), """
                # tuned by ops
                drain:
                  timeoutSeconds: 90 # slow repos
                projects:
                  - id: old
                    repository: https://github.com/acme/old
                """);
        terminal("many", "3", "old, new=https://github.com/acme/new");

        CliRun.Result result = host.run("host", "setup");

        assertThat(result.exitCode()).isZero();
        assertThat(prompts).containsExactly(
                "Maximum concurrent sessions [8]: ",
                "Maximum concurrent sessions [8]: ",
                "Projects to serve, comma-separated id or id=repoURL [old]: ");
        assertThat(result.outLines())
                .contains("  enter a whole number, 0 or more", "Config written: " + host.daemonYaml());
        String yaml = Files.readString(host.daemonYaml());
        assertThat(yaml).contains("# tuned by ops", "timeoutSeconds: 90 # slow repos", "maxConcurrentSessions: 3",
                "id: old",
                "repository: https://github.com/acme/old", "id: new", "repository: https://github.com/acme/new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(host.daemonYaml())))
                .isEqualTo("rw-------");
        assertThat(host.run("host", "doctor").outLines()).contains("[PASS] config-valid  valid: " + host.daemonYaml());
    }

    @Test
    void firstRunDefaultsToTheNoFileSessionCap() {
        terminal("", "alpha");

        CliRun.Result result = host.run("host", "setup");

        assertThat(prompts.get(0)).isEqualTo("Maximum concurrent sessions [2]: ");
        assertThat(result.outLines()).contains("Config written: " + host.daemonYaml());
    }

    @Test
    void keepingEveryValueWritesNothing() throws IOException {
        terminal("4", "alpha");
        host.run("host", "setup");
        String before = Files.readString(host.daemonYaml());
        terminal("", "");

        CliRun.Result again = host.run("host", "setup");

        assertThat(again.outLines()).contains("Config unchanged: " + host.daemonYaml());
        assertThat(Files.readString(host.daemonYaml())).isEqualTo(before);
    }

    @Test
    void endOfInputCancelsWithoutWriting() {
        terminal("4");

        CliRun.Result result = host.run("host", "setup");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("setup cancelled; nothing written");
        assertThat(host.daemonYaml()).doesNotExist();
    }
}
