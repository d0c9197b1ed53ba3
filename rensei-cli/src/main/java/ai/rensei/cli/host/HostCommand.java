package ai.rensei.cli.host;

import ai.rensei.cli.CommandGroup;
import ai.rensei.cli.HelpOption;
import ai.rensei.cli.host.run.HostRunCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rensei host}: everything that belongs to this machine's daemon. */
@Command(
        name = "host",
        description = "Manage the daemon on this machine and inspect what it runs.",
        subcommands = {
            StatusCommand.class, StatsCommand.class, LogsCommand.class, DrainCommand.class, PauseCommand.class,
            ResumeCommand.class, StopCommand.class, ProviderCommand.class, WorkareaCommand.class, RoutingCommand.class,
            SessionCommand.class, HostRunCommand.class,
        })
public final class HostCommand extends CommandGroup {

    @Mixin
    private HelpOption help;
}
