package ai.rensei.cli.agent;

import ai.rensei.cli.CommandGroup;
import ai.rensei.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rensei agent}: one-shot agent sessions on this machine. */
@Command(
        name = "agent",
        description = "Run a coding agent once on this machine, without a daemon.",
        subcommands = AgentRunCommand.class)
public final class AgentCommand extends CommandGroup {

    @Mixin
    private HelpOption help;
}
