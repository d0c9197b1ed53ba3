package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code rensei host start}: start the installed service; a no-op when the daemon already answers. */
@Command(name = "start", description = "Start the installed daemon service (no-op when it is running).")
public final class HostStartCommand extends ServiceControlCommand {

    public HostStartCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String verb() {
        return "start";
    }

    @Override
    boolean noOpWhenHealthy() {
        return true;
    }

    @Override
    void act(ServiceManager manager, Path file) {
        manager.start(file);
    }
}
