package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the daemon's service file lives for a scope (host.md §2 "Path").
 *
 * @param scope the service scope
 * @param file  the unit or plist, absolute
 */
public record ServiceLocation(ServiceScope scope, Path file) {

    /** The launchd label, and the stem of every service file name. */
    public static final String LABEL = "dev.rensei.daemon";
    /** The systemd unit name. */
    public static final String UNIT = LABEL + ".service";
    /** Where {@code --system} units go. */
    static final Path SYSTEM_UNIT_DIR = Path.of("/etc/systemd/system");

    public ServiceLocation {
        Objects.requireNonNull(scope, "scope");
        file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    /**
     * {@code $XDG_CONFIG_HOME/systemd/user/dev.rensei.daemon.service}, {@code /etc/systemd/system/…} or
     * {@code ~/Library/LaunchAgents/dev.rensei.daemon.plist}.
     */
    public static ServiceLocation of(ServiceScope scope, CliEnvironment env) {
        switch (scope) {
            case SYSTEMD_USER:
                return new ServiceLocation(scope, env.configHome().resolve("systemd").resolve("user").resolve(UNIT));
            case SYSTEMD_SYSTEM:
                return new ServiceLocation(scope, SYSTEM_UNIT_DIR.resolve(UNIT));
            case LAUNCHD:
                return new ServiceLocation(scope, launchAgents(env).resolve(LABEL + ".plist"));
            default:
                throw new IllegalStateException("unknown scope " + scope);
        }
    }

    /** {@code ~/Library/Logs/rensei}, where launchd writes the daemon's stdout and stderr. */
    public static Path launchdLogDir(CliEnvironment env) {
        return env.localSystem().userHome().resolve("Library").resolve("Logs").resolve("rensei");
    }

    private static Path launchAgents(CliEnvironment env) {
        return env.localSystem().userHome().resolve("Library").resolve("LaunchAgents");
    }
}
