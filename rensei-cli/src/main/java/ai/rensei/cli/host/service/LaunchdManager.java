package ai.rensei.cli.host.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code launchctl} in the user's GUI domain {@code gui/<uid>}, service {@code gui/<uid>/dev.rensei.daemon}. */
final class LaunchdManager implements ServiceManager {

    private final CommandRunner runner;
    private final String domain;
    private final String service;

    LaunchdManager(CommandRunner runner, long uid) {
        this.runner = runner;
        this.domain = "gui/" + uid;
        this.service = domain + "/" + ServiceLocation.LABEL;
    }

    @Override
    public ServiceScope scope() {
        return ServiceScope.LAUNCHD;
    }

    @Override
    public void activate(Path file) {
        requireReachable();
        launchctl("bootout", service);
        check("bootstrap", domain, file.toString());
        check("kickstart", "-k", service);
    }

    @Override
    public void deactivate(Path file) {
        requireReachable();
        launchctl("bootout", service);
    }

    @Override
    public void forget() {
        // launchd keeps no state about a booted-out agent's file.
    }

    @Override
    public void start(Path file) {
        requireReachable();
        // Fails harmlessly when the agent is already loaded.
        launchctl("bootstrap", domain, file.toString());
        check("kickstart", service);
    }

    @Override
    public void restart(Path file) {
        requireReachable();
        launchctl("bootstrap", domain, file.toString());
        check("kickstart", "-k", service);
    }

    @Override
    public boolean running() {
        requireReachable();
        CommandResult result = launchctl("print", service);
        return result.succeeded() && result.stdout().contains("state = running");
    }

    private void requireReachable() {
        CommandResult probe = launchctl("print", domain);
        if (!probe.succeeded()) {
            throw ServiceManagerException.unavailable(probe.detail());
        }
    }

    private void check(String... args) {
        CommandResult result = launchctl(args);
        if (!result.succeeded()) {
            throw ServiceManagerException.failed(result);
        }
    }

    private CommandResult launchctl(String... args) {
        List<String> command = new ArrayList<>();
        command.add("launchctl");
        command.addAll(List.of(args));
        try {
            return runner.run(command);
        } catch (CommandRunner.CommandNotFoundException e) {
            throw ServiceManagerException.unavailable(e.getMessage());
        }
    }
}
