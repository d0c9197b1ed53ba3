package ai.rensei.cli.host.service;

/** Which service manager owns the daemon's service, and where its file lives (host.md §2). */
public enum ServiceScope {
    /** A systemd user unit, {@code systemctl --user}: Linux default. */
    SYSTEMD_USER("systemd-user", "user"),
    /** A systemd system unit, {@code systemctl}: Linux {@code --system}, needs root. */
    SYSTEMD_SYSTEM("systemd-system", "system"),
    /** A launchd LaunchAgent in {@code gui/<uid>}: macOS. */
    LAUNCHD("launchd", "launchd");

    private final String managerName;
    private final String scopeName;

    ServiceScope(String managerName, String scopeName) {
        this.managerName = managerName;
        this.scopeName = scopeName;
    }

    /** {@code serviceManager} of {@code host install --json}: {@code systemd-user}, {@code systemd-system}, … */
    public String managerName() {
        return managerName;
    }

    /** {@code scope} of {@code host doctor --json}: {@code user}, {@code system}, {@code launchd}. */
    public String scopeName() {
        return scopeName;
    }

    /** True for the two systemd scopes. */
    public boolean systemd() {
        return this != LAUNCHD;
    }
}
