package ai.rensei.cli.host.service;

import ai.rensei.cli.CliException;
import ai.rensei.cli.LocalSystem;
import picocli.CommandLine.Option;

/** {@code --user} / {@code --system}: which service scope a command works on (host.md §1.2). */
public final class ScopeOptions {

    static final String BOTH = "cannot specify both --user and --system";

    @Option(names = "--user", description = "User-scoped service (Linux default; accepted and ignored on macOS).")
    private boolean user;

    @Option(names = "--system", description = "System-scoped systemd service (Linux, needs root).")
    private boolean system;

    public ScopeOptions() {
    }

    /** For programmatic callers. */
    public ScopeOptions(boolean user, boolean system) {
        this.user = user;
        this.system = system;
    }

    /**
     * The scope on {@code os}: launchd on macOS (where {@code --system} is a usage error), else a systemd scope.
     *
     * @throws CliException exit 2 for both flags, or {@code --system} on macOS
     */
    public ServiceScope resolve(LocalSystem.Os os) {
        if (user && system) {
            throw CliException.usageVerbatim(BOTH);
        }
        if (os == LocalSystem.Os.MACOS) {
            if (system) {
                throw CliException.usage("--system is not supported on macOS; the daemon runs as a LaunchAgent");
            }
            return ServiceScope.LAUNCHD;
        }
        return system ? ServiceScope.SYSTEMD_SYSTEM : ServiceScope.SYSTEMD_USER;
    }

    /** True when {@code --system} was given. */
    public boolean systemRequested() {
        return system;
    }
}
