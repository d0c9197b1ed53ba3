package ai.rensei.cli;

import dev.donmai.providers.tck.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A made-up machine for the service commands: state home, XDG config home and user home in a temp dir, a
 * {@code rensei} executable to install, and fake {@code systemctl} / {@code launchctl} scripts first on PATH that
 * append their argv to a log (and answer as {@code FAKE_MODE} says: {@code active}, {@code inactive} or
 * {@code nobus}). The rest of PATH is the real one, so git is found.
 */
final class HostFixture {

    static final String FAKE_SCRIPT = """
            #!/bin/sh
            echo "$(basename "$0") $*" >> "$FAKE_LOG"
            if [ "$FAKE_MODE" = nobus ]; then
              echo "Failed to connect to bus: No medium found" >&2
              exit 1
            fi
            case "$*" in
              *is-active*)
                if [ "$FAKE_MODE" = active ]; then echo active; exit 0; fi
                echo inactive; exit 3;;
              *start*|*kickstart*)
                if [ -n "$FAKE_STARTED" ]; then touch "$FAKE_STARTED"; fi;;
            esac
            exit 0
            """;

    final Path root;
    final Path home;
    final Path configHome;
    final Path userHome;
    final Path fakeBin;
    final Path log;
    final Path rensei;
    final Map<String, String> vars = new LinkedHashMap<>();
    final FakeTime time = new FakeTime();
    LocalSystem.Os os = LocalSystem.Os.LINUX;
    long uid = 0;
    String userName = System.getProperty("user.name");
    Optional<LocalSystem.Terminal> terminal = Optional.empty();

    HostFixture(Path root) throws IOException {
        this.root = root;
        home = root.resolve("state-home");
        configHome = root.resolve("xdg");
        userHome = root.resolve("user");
        fakeBin = Files.createDirectories(root.resolve("fake-bin"));
        log = root.resolve("calls.log");
        Files.createDirectories(userHome);
        rensei = executable(root.resolve("dist").resolve("rensei"), "#!/bin/sh\nexit 0\n");
        executable(fakeBin.resolve("systemctl"), FAKE_SCRIPT);
        executable(fakeBin.resolve("launchctl"), FAKE_SCRIPT);
        vars.put("RENSEI_HOME", home.toString());
        vars.put("XDG_CONFIG_HOME", configHome.toString());
        vars.put("PATH", fakeBin + ":" + System.getProperty("donmai.test.path", System.getenv("PATH")));
        vars.put("FAKE_LOG", log.toString());
        vars.put("RENSEI_BIN", rensei.toString());
    }

    static Path executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    HostFixture with(String name, String value) {
        vars.put(name, value);
        return this;
    }

    HostFixture without(String name) {
        vars.remove(name);
        return this;
    }

    CliEnvironment environment() {
        LocalSystem system = new LocalSystem(os, userName, uid, userHome, 4, () -> terminal, time.clock, time);
        return CliEnvironment.of(vars, system);
    }

    CliRun.Result run(String... args) {
        return CliRun.run(environment(), args);
    }

    /** The fake managers' calls, one line each: {@code systemctl --user daemon-reload}. */
    List<String> calls() {
        try {
            return Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Path userUnit() {
        return configHome.resolve("systemd/user/dev.rensei.daemon.service");
    }

    Path daemonYaml() {
        return home.resolve("daemon.yaml");
    }

    Path contextJson() {
        return configHome.resolve("rensei/config.json");
    }

    /** A clock that only moves when the CLI sleeps on it, so 30-second waits take no time. */
    static final class FakeTime implements ai.rensei.cli.daemon.DaemonClient.Sleeper {
        final MutableClock clock = new MutableClock(Instant.parse("2026-06-02T14:00:00Z"));
        private final AtomicReference<Duration> slept = new AtomicReference<>(Duration.ZERO);

        @Override
        public void sleep(long millis) {
            clock.advance(Duration.ofMillis(millis));
            slept.updateAndGet(d -> d.plusMillis(millis));
        }

        Duration slept() {
            return slept.get();
        }
    }
}
