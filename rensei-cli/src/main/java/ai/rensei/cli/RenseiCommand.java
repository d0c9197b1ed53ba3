package ai.rensei.cli;

import ai.rensei.cli.agent.AgentCommand;
import ai.rensei.cli.completion.CompletionCommand;
import ai.rensei.cli.host.HostCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command {@code rensei}. */
@Command(
        name = "rensei",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run coding agents on this machine and manage the local daemon.",
        subcommands = {HostCommand.class, AgentCommand.class, CompletionCommand.class})
public final class RenseiCommand extends CommandGroup {

    @Mixin
    private ContextOptions context = new ContextOptions();

    /** The {@code --org}/{@code --project} override of this call. */
    public ContextOptions context() {
        return context;
    }
}
