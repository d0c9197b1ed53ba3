package ai.rensei.cli.host;

import ai.rensei.cli.CommandGroup;
import ai.rensei.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rensei host routing}: how the daemon picks sandbox and LLM providers. */
@Command(
        name = "routing",
        description = "Inspect how the daemon routes sessions to providers.",
        subcommands = {RoutingShowCommand.class, RoutingExplainCommand.class})
public final class RoutingCommand extends CommandGroup {

    @Mixin
    private HelpOption help;
}
