package dev.donmai.examples.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneDaemonTest {

    @TempDir
    Path stateHome;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(StandaloneDaemon.Serve serve, String... args) throws InterruptedException {
        return StandaloneDaemon.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), serve);
    }

    @Test
    void builds_the_runtime_from_the_command_line_only() {
        var options = StandaloneDaemon.parse(new String[] {stateHome.toString(), "--provider-path", "/opt/p",
                "--once"}).orElseThrow();
        var config = StandaloneDaemon.config(options);
        assertThat(config.stateHome()).isEqualTo(stateHome.toAbsolutePath().normalize());
        assertThat(config.registry().providerDirectories()).contains(Path.of("/opt/p"));
        assertThat(config.registry().dataRoot().startsWith(config.stateHome())).isTrue();
    }

    @Test
    void once_loads_the_registry_lists_providers_and_stops() throws InterruptedException {
        AtomicBoolean served = new AtomicBoolean();
        assertThat(run(() -> served.set(true), stateHome.toString(), "--once")).isEqualTo(StandaloneDaemon.EXIT_OK);
        assertThat(served).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        out.toString(StandardCharsets.UTF_8).lines()
                .forEach(line -> assertThat(line.split("  ")).hasSize(4));
    }

    @Test
    void serves_until_asked_to_stop() throws InterruptedException {
        AtomicBoolean served = new AtomicBoolean();
        assertThat(run(() -> served.set(true), stateHome.toString())).isEqualTo(StandaloneDaemon.EXIT_OK);
        assertThat(served).isTrue();
    }

    @Test
    void a_missing_state_home_is_a_usage_error() throws InterruptedException {
        assertThat(run(() -> { }, "--once")).isEqualTo(StandaloneDaemon.EXIT_USAGE);
        assertThat(run(() -> { })).isEqualTo(StandaloneDaemon.EXIT_USAGE);
        assertThat(run(() -> { }, stateHome.toString(), "--bogus")).isEqualTo(StandaloneDaemon.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(StandaloneDaemon.USAGE);
    }
}
