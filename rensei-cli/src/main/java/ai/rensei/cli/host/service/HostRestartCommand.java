package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code rensei host restart}: restart the installed service, e.g. to pick up a new satellite config. */
@Command(name = "restart", description = "Restart the installed daemon service.")
public final class HostRestartCommand extends ServiceControlCommand {

    public HostRestartCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String verb() {
        return "restart";
    }

    @Override
    boolean noOpWhenHealthy() {
        return false;
    }

    @Override
    void act(ServiceManager manager, Path file) {
        manager.restart(file);
    }
}
