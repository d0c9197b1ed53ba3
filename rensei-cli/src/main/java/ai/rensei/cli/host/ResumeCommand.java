package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import picocli.CommandLine.Command;

/** {@code rensei host resume}: POST {@code /resume}, back to accepting sessions after a pause or an API drain. */
@Command(name = "resume", description = "Accept new sessions again after pause or drain.")
public final class ResumeCommand extends DaemonActionCommand {

    public ResumeCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    String verb() {
        return "resume";
    }

    @Override
    String path() {
        return "/resume";
    }
}
