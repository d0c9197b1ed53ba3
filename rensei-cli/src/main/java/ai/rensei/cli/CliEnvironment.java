package ai.rensei.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables of one invocation. The only class that calls {@link System#getenv()}; everything else
 * receives an instance, so tests pass a plain map instead of the real environment.
 */
public final class CliEnvironment {

    public static final String DAEMON_URL = "RENSEI_DAEMON_URL";
    public static final String HOME = "RENSEI_HOME";

    private final Map<String, String> variables;

    private CliEnvironment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The process environment. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv());
    }

    /** A fixed environment, e.g. for tests. */
    public static CliEnvironment of(Map<String, String> variables) {
        return new CliEnvironment(variables);
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

    /** True when colour may be used: standard output is a terminal and {@code NO_COLOR} is unset. */
    public boolean colour() {
        return System.console() != null && get("NO_COLOR").isEmpty();
    }

    /** The state home: {@code $RENSEI_HOME}, else {@code ~/.rensei}. */
    public Path home() {
        return get(HOME).map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home"), ".rensei"));
    }
}
