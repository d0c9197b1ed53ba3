package ai.rensei.cli.host;

import ai.rensei.cli.CommandGroup;
import ai.rensei.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rensei host session}: the sessions the daemon runs or has recently finished. */
@Command(
        name = "session",
        description = "List, inspect and stop the daemon's sessions.",
        subcommands = {SessionListCommand.class, SessionShowCommand.class, SessionStopCommand.class})
public final class SessionCommand extends CommandGroup {

    @Mixin
    private HelpOption help;
}
