package ai.rensei.cli.host.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code systemctl --user} (user scope) or {@code systemctl} (system scope). */
final class SystemdManager implements ServiceManager {

    /** What {@code systemctl is-active} prints for a unit that it knows not to be running. */
    private static final Set<String> NOT_RUNNING = Set.of("inactive", "failed", "activating", "deactivating",
            "reloading", "unknown", "maintenance");

    private final ServiceScope scope;
    private final CommandRunner runner;

    SystemdManager(ServiceScope scope, CommandRunner runner) {
        if (!scope.systemd()) {
            throw new IllegalArgumentException("not a systemd scope: " + scope);
        }
        this.scope = scope;
        this.runner = runner;
    }

    @Override
    public ServiceScope scope() {
        return scope;
    }

    @Override
    public void activate(Path file) {
        requireReachable();
        check("daemon-reload");
        check("enable", ServiceLocation.UNIT);
        check("restart", ServiceLocation.UNIT);
    }

    @Override
    public void deactivate(Path file) {
        requireReachable();
        check("disable", "--now", ServiceLocation.UNIT);
    }

    @Override
    public void forget() {
        requireReachable();
        check("daemon-reload");
    }

    @Override
    public void start(Path file) {
        requireReachable();
        check("start", ServiceLocation.UNIT);
    }

    @Override
    public void restart(Path file) {
        requireReachable();
        check("restart", ServiceLocation.UNIT);
    }

    @Override
    public boolean running() {
        CommandResult result = systemctl("is-active", ServiceLocation.UNIT);
        if (result.succeeded()) {
            return true;
        }
        if (NOT_RUNNING.contains(result.stdout().strip())) {
            return false;
        }
        throw ServiceManagerException.unavailable(result.detail());
    }

    /** {@code show-environment} needs a live connection to the manager and changes nothing. */
    private void requireReachable() {
        CommandResult probe = systemctl("show-environment");
        if (!probe.succeeded()) {
            throw ServiceManagerException.unavailable(probe.detail());
        }
    }

    private void check(String... args) {
        CommandResult result = systemctl(args);
        if (!result.succeeded()) {
            throw ServiceManagerException.failed(result);
        }
    }

    private CommandResult systemctl(String... args) {
        List<String> command = new ArrayList<>();
        command.add("systemctl");
        if (scope == ServiceScope.SYSTEMD_USER) {
            command.add("--user");
        }
        command.addAll(List.of(args));
        try {
            return runner.run(command);
        } catch (CommandRunner.CommandNotFoundException e) {
            throw ServiceManagerException.unavailable(e.getMessage());
        }
    }
}
