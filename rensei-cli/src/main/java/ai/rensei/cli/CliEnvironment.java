package ai.rensei.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment of one invocation: its variables and the {@link LocalSystem} it runs on. The only class that calls
 * {@link System#getenv()}; everything else receives an instance, so tests pass a plain map (and, where it matters, a
 * made-up machine) instead of the real environment.
 */
public final class CliEnvironment {

    /** The brand's variable prefix {@code <P>}: {@code RENSEI_DAEMON_TOKEN}, {@code RENSEI_HOME}, … */
    public static final String PREFIX = "RENSEI";
    public static final String DAEMON_URL = "RENSEI_DAEMON_URL";
    public static final String HOME = "RENSEI_HOME";
    public static final String BIN = "RENSEI_BIN";
    public static final String DAEMON_TOKEN = "RENSEI_DAEMON_TOKEN";
    public static final String FORCE_STUB = "RENSEI_DAEMON_FORCE_STUB";
    public static final String XDG_CONFIG_HOME = "XDG_CONFIG_HOME";
    public static final String SUDO_USER = "SUDO_USER";
    public static final String JAVA_HOME = "JAVA_HOME";
    public static final String PATH = "PATH";

    private final Map<String, String> variables;
    private final LocalSystem system;

    private CliEnvironment(Map<String, String> variables, LocalSystem system) {
        this.variables = Map.copyOf(variables);
        this.system = Objects.requireNonNull(system, "system");
    }

    /** The process environment on this machine. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), LocalSystem.current());
    }

    /** Fixed variables on this machine, e.g. for tests. */
    public static CliEnvironment of(Map<String, String> variables) {
        return new CliEnvironment(variables, LocalSystem.current());
    }

    /** Fixed variables on a given machine, for tests. */
    public static CliEnvironment of(Map<String, String> variables, LocalSystem system) {
        return new CliEnvironment(variables, system);
    }

    /** The variable's value, empty when unset or blank. */
    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Every variable, for handing the daemon environment to a session (which filters it through its blocklist). */
    public Map<String, String> all() {
        return variables;
    }

    /** The machine and user this invocation runs on. */
    public LocalSystem localSystem() {
        return system;
    }

    /** True when colour may be used: standard output is a terminal and {@code NO_COLOR} is unset. */
    public boolean colour() {
        return System.console() != null && get("NO_COLOR").isEmpty();
    }

    /** The state home: {@code $RENSEI_HOME}, else {@code ~/.rensei}; absolute. */
    public Path home() {
        return get(HOME).map(Path::of).orElseGet(() -> system.userHome().resolve(".rensei")).toAbsolutePath();
    }

    /** {@code $XDG_CONFIG_HOME}, else {@code ~/.config}; absolute. */
    public Path configHome() {
        return get(XDG_CONFIG_HOME).map(Path::of).orElseGet(() -> system.userHome().resolve(".config"))
                .toAbsolutePath();
    }

    /** {@code $RENSEI_BIN}: the launcher's own absolute path, when it set one. */
    public Optional<Path> launcherBinary() {
        return get(BIN).map(Path::of).map(Path::toAbsolutePath);
    }

    /** {@code $RENSEI_DAEMON_TOKEN}: the install token to record in daemon.yaml, when set. */
    public Optional<String> installToken() {
        return get(DAEMON_TOKEN);
    }

    /** {@code $RENSEI_DAEMON_FORCE_STUB=1}: the daemon registers as a stub. */
    public boolean forceStub() {
        return get(FORCE_STUB).filter("1"::equals).isPresent();
    }

    /** {@code $SUDO_USER}: the user who ran {@code sudo}, when set. */
    public Optional<String> sudoUser() {
        return get(SUDO_USER);
    }

    /** {@code $JAVA_HOME}, when set. */
    public Optional<String> javaHome() {
        return get(JAVA_HOME);
    }

    /** The directories of {@code $PATH}, in order; empty entries left out. */
    public List<Path> path() {
        List<Path> dirs = new ArrayList<>();
        for (String entry : get(PATH).orElse("").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                dirs.add(Path.of(entry));
            }
        }
        return dirs;
    }
}
