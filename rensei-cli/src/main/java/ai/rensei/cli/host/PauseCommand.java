package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import picocli.CommandLine.Command;

/** {@code rensei host pause}: POST {@code /pause}; running sessions go on, new ones are refused. */
@Command(name = "pause", description = "Stop accepting new sessions; running sessions continue.")
public final class PauseCommand extends DaemonActionCommand {

    public PauseCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String verb() {
        return "pause";
    }

    @Override
    String path() {
        return "/pause";
    }
}
